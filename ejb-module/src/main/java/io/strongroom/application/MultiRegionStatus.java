package io.strongroom.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A multi-Region key's place among its related keys as this region knows it, with what DescribeKey
 * leaves out: the last known state of each replica. The console shows it on the key page, so an
 * administrator sees a replica still being created (or its creation being retried).
 *
 * @param multiRegionKeyType PRIMARY or REPLICA: this region's key's role
 * @param replicas           every related replica by Region, this region's own key too when it is a replica
 * @param retries            work for this key that waits for another Region, with its backoff
 */
public record MultiRegionStatus(String multiRegionKeyType, String primaryRegion, String primaryArn,
                                List<ReplicaStatus> replicas, List<Retry> retries) implements Serializable {

    /** One replica key: its Region, ARN and the key state last heard of (its own state in its own Region). */
    public record ReplicaStatus(String region, String arn, String keyState, boolean thisRegion) implements Serializable {

        public boolean creating() {
            return "Creating".equals(keyState);
        }
    }

    /**
     * Work that needs another Region and has not succeeded yet: this replica's fetch of key material
     * from its primary's Region, or the notices queued for one related Region (how many; the
     * oldest's attempts). Each waits out a backoff that survives restarts.
     *
     * @param task          what is being retried
     * @param peerRegion    the Region it needs
     * @param queued        how many items wait (notices for that Region; 1 for a fetch)
     * @param attempts      failed attempts of the item at the head
     * @param nextAttemptAt when the next attempt is due
     * @param lastFailure   why the last attempt failed (a reason, never message bytes), or null
     */
    public record Retry(String task, String peerRegion, int queued, int attempts, Instant nextAttemptAt,
                        String lastFailure) implements Serializable {
    }

    public boolean primary() {
        return "PRIMARY".equals(multiRegionKeyType);
    }

    /** Whether a replica is still being created, so the page explains the wait. */
    public boolean anyCreating() {
        return replicas.stream().anyMatch(ReplicaStatus::creating);
    }

    /** The Regions an UpdatePrimaryRegion can name: those of the replicas. */
    public List<String> replicaRegions() {
        return replicas.stream().filter(replica -> !replica.thisRegion()).map(ReplicaStatus::region).toList();
    }
}
