package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A replica that lacks material from its primary's Region (replica_fetch): being created, or
 * behind a rotation its primary announced; with the retry backoff of fetching it.
 */
@Entity
@Table(name = "replica_fetch")
@NamedQuery(name = "ReplicaFetchRecord.due", query = "select f.keyId from ReplicaFetchRecord f"
        + " where f.retry.nextAttemptAt <= :now order by f.retry.nextAttemptAt, f.keyId")
@NamedQuery(name = "ReplicaFetchRecord.resume", query = "update ReplicaFetchRecord f set f.retry.nextAttemptAt = :now")
public class ReplicaFetchRecord {

    @Id
    @Column(name = "key_id")
    private String keyId;
    @Column(name = "wanted_material_version")
    private Integer wantedMaterialVersion;
    @Embedded
    private RetrySchedule retry;

    protected ReplicaFetchRecord() {
    }

    /** @param wantedMaterialVersion null: whatever the primary holds (a replica being created) */
    public ReplicaFetchRecord(String keyId, Integer wantedMaterialVersion, Instant nextAttemptAt) {
        this.keyId = keyId;
        this.wantedMaterialVersion = wantedMaterialVersion;
        this.retry = new RetrySchedule(nextAttemptAt);
    }

    public String getKeyId() {
        return keyId;
    }

    public Integer getWantedMaterialVersion() {
        return wantedMaterialVersion;
    }

    /** A later announcement raises the version wanted and makes the fetch due at once. */
    public void want(int materialVersion, Instant now) {
        if (wantedMaterialVersion == null || wantedMaterialVersion < materialVersion) {
            wantedMaterialVersion = materialVersion;
        }
        retry.dueAt(now);
    }

    /** The fetch's failed attempts so far and when the next one is due. */
    public RetrySchedule getRetry() {
        return retry;
    }
}
