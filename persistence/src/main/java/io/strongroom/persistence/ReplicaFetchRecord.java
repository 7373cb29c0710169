package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A replica that lacks material from its primary's Region (replica_fetch): being created, or
 * behind a rotation its primary announced; with the retry backoff of fetching it.
 */
@Entity
@Table(name = "replica_fetch")
@NamedQuery(name = "ReplicaFetchRecord.due", query = "select f.keyId from ReplicaFetchRecord f"
        + " where f.nextAttemptAt <= :now order by f.nextAttemptAt, f.keyId")
@NamedQuery(name = "ReplicaFetchRecord.resume", query = "update ReplicaFetchRecord f set f.nextAttemptAt = :now")
public class ReplicaFetchRecord {

    @Id
    @Column(name = "key_id")
    private String keyId;
    @Column(name = "wanted_material_version")
    private Integer wantedMaterialVersion;
    private int attempts;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;
    @Column(name = "last_failure")
    private String lastFailure;

    protected ReplicaFetchRecord() {
    }

    /** @param wantedMaterialVersion null: whatever the primary holds (a replica being created) */
    public ReplicaFetchRecord(String keyId, Integer wantedMaterialVersion, Instant nextAttemptAt) {
        this.keyId = keyId;
        this.wantedMaterialVersion = wantedMaterialVersion;
        this.nextAttemptAt = Timestamps.toColumn(nextAttemptAt);
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
        nextAttemptAt = Timestamps.toColumn(now);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return Timestamps.fromColumn(nextAttemptAt);
    }

    public String getLastFailure() {
        return lastFailure;
    }

    public void attemptFailed(Instant nextAttemptAt, String failure) {
        this.attempts++;
        this.nextAttemptAt = Timestamps.toColumn(nextAttemptAt);
        this.lastFailure = failure;
    }
}
