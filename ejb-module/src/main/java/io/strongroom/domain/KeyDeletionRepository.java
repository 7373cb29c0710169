package io.strongroom.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the deletion sweeper needs from storage: the keys whose deletion date has passed, a claim
 * on one of them that concurrent sweepers (other nodes, an overlapping run) skip instead of
 * waiting for, and the deletion itself, which leaves a tombstone.
 */
public interface KeyDeletionRepository {

    /** A key due for deletion, and the position of the next page of due keys. */
    record DueKey(String keyId, Instant deletionDate) {
    }

    /** Keys in PendingDeletion with deletionDate at or before now, ordered by (deletionDate, keyId) after {@code after}. */
    List<DueKey> dueAfter(Instant now, DueKey after, int limit);

    /**
     * Locks the key for the current transaction if it is still due and no other transaction holds
     * it; empty when it is locked elsewhere, gone, cancelled or not due.
     */
    Optional<Key> claimDue(String keyId, Instant now);

    /** Deletes the key's material, tags, aliases and row, and records its tombstone. */
    void delete(Key key, Instant deletedAt);
}
