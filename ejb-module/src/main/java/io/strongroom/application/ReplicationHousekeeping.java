package io.strongroom.application;

import io.strongroom.domain.replication.ReplicationSessionRepository;
import io.strongroom.domain.replication.SeenMessageRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Forgets what the replication protocol no longer needs: sessions whose answer can no longer be
 * accepted (with their sealed agreement keys) and replay entries whose messages can no longer pass
 * the timestamp check. Bounded batches, so one tick never holds a long transaction.
 */
@Stateless
public class ReplicationHousekeeping {

    static final int BATCH = 1000;

    @Inject
    private ReplicationSessionRepository sessions;
    @Inject
    private SeenMessageRepository seen;

    /** @return how many rows were deleted */
    public int purgeExpired(Instant now) {
        return sessions.removeExpired(now, BATCH) + seen.removeExpired(now, BATCH);
    }
}
