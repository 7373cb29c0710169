package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The tombstone of a deleted key (deleted_key): the audit trail keeps naming key ids after the
 * key, its material, tags and aliases are gone, and this row says what that key was and when it went.
 */
@Entity
@Table(name = "deleted_key")
public class DeletedKeyRecord {

    @Id
    @Column(name = "key_id")
    private String keyId;
    @Column(name = "key_spec")
    private String keySpec;
    @Column(name = "key_usage")
    private String keyUsage;
    private String origin;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "deletion_date")
    private OffsetDateTime deletionDate;
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected DeletedKeyRecord() {
    }

    /** The tombstone of a key that is being deleted now. */
    public DeletedKeyRecord(KeyRecord key, Instant deletedAt) {
        this.keyId = key.getKeyId();
        this.keySpec = key.getKeySpec();
        this.keyUsage = key.getKeyUsage();
        this.origin = key.getOrigin();
        this.createdAt = Timestamps.toColumn(key.getCreatedAt());
        this.deletionDate = Timestamps.toColumn(key.getDeletionDate());
        this.deletedAt = Timestamps.toColumn(deletedAt);
    }

    public String getKeyId() {
        return keyId;
    }

    public String getKeySpec() {
        return keySpec;
    }

    public String getKeyUsage() {
        return keyUsage;
    }

    public String getOrigin() {
        return origin;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    public Instant getDeletionDate() {
        return Timestamps.fromColumn(deletionDate);
    }

    public Instant getDeletedAt() {
        return Timestamps.fromColumn(deletedAt);
    }
}
