package io.strongroom.domain.replication;

import java.time.Instant;

/**
 * Replay protection: every (source region, session id, sequence) this region accepted, kept as
 * long as a message carrying it could still pass the timestamp check.
 */
public interface SeenMessageRepository {

    /** Records the triple and returns true, or returns false if it was recorded before. Atomic across nodes. */
    boolean firstSighting(String sourceRegion, byte[] sessionId, long sequence, Instant keepUntil);

    /** Deletes up to {@code limit} entries kept until at or before now; returns how many. */
    int removeExpired(Instant now, int limit);
}
