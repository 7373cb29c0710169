package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** An IAM-style user (iam_user): the principal that access keys, console logins and identity policies belong to. */
@Entity
@Table(name = "iam_user")
@NamedQuery(name = "IamUserRecord.page", query = "select u from IamUserRecord u order by u.userName")
@NamedQuery(name = "IamUserRecord.count", query = "select count(u) from IamUserRecord u")
public class IamUserRecord {

    @Id
    @Column(name = "user_name")
    private String userName;
    @Column(name = "principal_arn")
    private String principalArn;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected IamUserRecord() {
    }

    public IamUserRecord(String userName, String principalArn, Instant createdAt) {
        this.userName = userName;
        this.principalArn = principalArn;
        this.createdAt = Timestamps.toColumn(createdAt);
    }

    public String getUserName() {
        return userName;
    }

    public String getPrincipalArn() {
        return principalArn;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }
}
