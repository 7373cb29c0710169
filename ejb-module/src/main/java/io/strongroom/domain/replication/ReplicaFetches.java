package io.strongroom.domain.replication;

import io.strongroom.persistence.ReplicaFetchRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Replicas that lack material from their primary's Region, with the fetch's retry backoff; joins the caller's transaction. */
public interface ReplicaFetches {

    /** A replica was just ordered: it needs everything its primary holds, at once. */
    void wantCreation(String keyId, Instant now);

    /** The primary announced material version {@code materialVersion}: fetch it at once (a pending fetch wants the higher one). */
    void wantVersion(String keyId, int materialVersion, Instant now);

    /** Replicas whose next attempt is due, the longest waiting first. */
    List<String> due(Instant now, int limit);

    Optional<ReplicaFetchRecord> find(String keyId);

    /** The fetch completed: nothing more is wanted. */
    void done(ReplicaFetchRecord fetch);

    /** Makes every pending fetch due at {@code now}, as a restart does. */
    int resumeAll(Instant now);
}
