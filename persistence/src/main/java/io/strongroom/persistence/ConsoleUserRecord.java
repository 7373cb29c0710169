package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A console user; the password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "console_user")
@NamedQuery(name = "ConsoleUserRecord.usernamesIn",
        query = "select u.username from ConsoleUserRecord u where u.username in :usernames")
public class ConsoleUserRecord {

    @Id
    private String username;
    @Column(name = "principal_arn")
    private String principalArn;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected ConsoleUserRecord() {
    }

    public ConsoleUserRecord(String username, String principalArn, String passwordHash, Instant createdAt) {
        this.username = username;
        this.principalArn = principalArn;
        this.passwordHash = passwordHash;
        this.createdAt = Timestamps.toColumn(createdAt);
    }

    public String getUsername() {
        return username;
    }

    public String getPrincipalArn() {
        return principalArn;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A new password replaces the old one; only its hash is ever kept. */
    public void replacePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
