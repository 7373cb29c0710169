package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An UpdatePrimaryRegion this region takes part in (primary_update): as the primary handing its
 * role over (SOURCE) or as the replica taking it (TARGET), with the retry schedule of the source.
 */
@Entity
@Table(name = "primary_update")
public class PrimaryUpdateRecord {

    @Id
    @Column(name = "update_id")
    private String updateId;
    @Column(name = "key_id")
    private String keyId;
    private String role;
    @Column(name = "peer_region")
    private String peerRegion;
    private String phase;
    @Column(name = "replica_state_before")
    private String replicaStateBefore;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    protected PrimaryUpdateRecord() {
    }

    public PrimaryUpdateRecord(String updateId, String keyId, String role, String peerRegion, String phase,
                               String replicaStateBefore, Instant startedAt, int attempts, Instant nextAttemptAt) {
        this.updateId = updateId;
        this.keyId = keyId;
        this.role = role;
        this.peerRegion = peerRegion;
        this.phase = phase;
        this.replicaStateBefore = replicaStateBefore;
        this.startedAt = Timestamps.toColumn(startedAt);
        this.attempts = attempts;
        this.nextAttemptAt = Timestamps.toColumn(nextAttemptAt);
    }

    public String getUpdateId() {
        return updateId;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getRole() {
        return role;
    }

    public String getPeerRegion() {
        return peerRegion;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getReplicaStateBefore() {
        return replicaStateBefore;
    }

    public Instant getStartedAt() {
        return Timestamps.fromColumn(startedAt);
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public Instant getNextAttemptAt() {
        return Timestamps.fromColumn(nextAttemptAt);
    }

    public void setNextAttemptAt(Instant nextAttemptAt) {
        this.nextAttemptAt = Timestamps.toColumn(nextAttemptAt);
    }
}
