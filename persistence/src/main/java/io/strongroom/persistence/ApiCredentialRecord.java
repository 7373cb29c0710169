package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** An API access key; the secret is sealed under the root key (SigV4 needs it back, so no hash). */
@Entity
@Table(name = "api_credential")
@NamedQuery(name = "ApiCredentialRecord.forPrincipal",
        query = "select c from ApiCredentialRecord c where c.principalArn = :principalArn order by c.createdAt, c.accessKeyId")
@NamedQuery(name = "ApiCredentialRecord.countByPrincipal",
        query = "select c.principalArn, count(c) from ApiCredentialRecord c where c.principalArn in :principalArns"
                + " group by c.principalArn")
public class ApiCredentialRecord {

    @Id
    @Column(name = "access_key_id")
    private String accessKeyId;
    @Column(name = "principal_arn")
    private String principalArn;
    @Column(name = "secret_sealed")
    private byte[] secretSealed;
    private boolean enabled;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected ApiCredentialRecord() {
    }

    public ApiCredentialRecord(String accessKeyId, String principalArn, byte[] secretSealed, Instant createdAt) {
        this.accessKeyId = accessKeyId;
        this.principalArn = principalArn;
        this.secretSealed = secretSealed;
        this.enabled = true;
        this.createdAt = Timestamps.toColumn(createdAt);
    }

    public String getAccessKeyId() {
        return accessKeyId;
    }

    public String getPrincipalArn() {
        return principalArn;
    }

    public byte[] getSecretSealed() {
        return secretSealed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** An inactive key stays stored but no longer authenticates requests. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }
}
