package io.strongroom.domain.replication;

import io.strongroom.persistence.TopologyNoticeRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox of topology notices; writes join the caller's transaction. */
public interface TopologyNoticeOutbox {

    /** Queues a notice for {@code destinationRegion}, due at once, behind the ones queued before for the same key there. */
    void enqueue(String keyId, String destinationRegion, TopologyNotice notice, Instant now);

    /** The first queued notice of each (key, destination) whose next attempt is due, oldest first. */
    List<Long> dueHeads(Instant now, int limit);

    /** A queued notice, locked for this transaction's delivery attempt. */
    Optional<TopologyNoticeRecord> lock(long noticeId);

    /** The destination accepted it (or it is given up): it leaves the queue. */
    void remove(TopologyNoticeRecord notice);

    /** Drops what is still queued for a key in a Region whose related key is gone. */
    void discard(String keyId, String destinationRegion);

    /**
     * Sends what is still queued for a key to {@code fromRegion} to {@code toRegion} instead, due at
     * once with a fresh backoff, keeping its order.
     */
    void readdress(String keyId, String fromRegion, String toRegion, Instant now);

    /** What is queued for a key, oldest first (for the console and tests). */
    List<TopologyNoticeRecord> queued(String keyId);
}
