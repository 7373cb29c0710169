package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** An alias (alias/Name) pointing at a key. */
@Entity
@Table(name = "key_alias")
@NamedQuery(name = "KeyAliasRecord.forKey", query = "select a from KeyAliasRecord a where a.keyId = :keyId order by a.aliasName")
@NamedQuery(name = "KeyAliasRecord.pageAfter",
        query = "select a from KeyAliasRecord a where a.aliasName > :marker order by a.aliasName")
@NamedQuery(name = "KeyAliasRecord.pageForKeyAfter",
        query = "select a from KeyAliasRecord a where a.keyId = :keyId and a.aliasName > :marker order by a.aliasName")
public class KeyAliasRecord {

    @Id
    @Column(name = "alias_name")
    private String aliasName;
    @Column(name = "key_id")
    private String keyId;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "last_updated_at")
    private OffsetDateTime lastUpdatedAt;

    protected KeyAliasRecord() {
    }

    public KeyAliasRecord(String aliasName, String keyId, Instant now) {
        this.aliasName = aliasName;
        this.keyId = keyId;
        this.createdAt = Timestamps.toColumn(now);
        this.lastUpdatedAt = this.createdAt;
    }

    public String getAliasName() {
        return aliasName;
    }

    public String getKeyId() {
        return keyId;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    public Instant getLastUpdatedAt() {
        return Timestamps.fromColumn(lastUpdatedAt);
    }

    /** UpdateAlias: the alias now names another key. */
    public void retarget(String keyId, Instant now) {
        this.keyId = keyId;
        this.lastUpdatedAt = Timestamps.toColumn(now);
    }
}
