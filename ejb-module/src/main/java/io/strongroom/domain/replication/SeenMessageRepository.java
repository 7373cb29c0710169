package io.strongroom.domain.replication;

import java.time.Instant;

/**
 * Replay protection: every (source region, session id, sequence) this region accepted, kept as
 * long as a message carrying it could still pass the timestamp check. A message is recorded only
 * once every check passed, so a refused message never blocks the genuine one.
 */
public interface SeenMessageRepository {

    /** Whether the triple was accepted before: checked before the session, so a replay is named as such. */
    boolean seen(String sourceRegion, byte[] sessionId, long sequence);

    /** Records the triple and returns true, or returns false if it was recorded before. Atomic across nodes. */
    boolean firstSighting(String sourceRegion, byte[] sessionId, long sequence, Instant keepUntil);

    /** Deletes up to {@code limit} entries kept until at or before now; returns how many. */
    int removeExpired(Instant now, int limit);
}
