package io.strongroom.domain.replication;

import java.time.Instant;
import java.util.Optional;

/** The sessions this region opened as requester (replication_session), kept in the database so any node can finish them. */
public interface ReplicationSessionRepository {

    void open(ReplicationSession session);

    Optional<ReplicationSession> find(byte[] sessionId);

    /** Deletes the session and with it the sealed agreement key. */
    void close(byte[] sessionId);

    /** Deletes up to {@code limit} sessions that expired at or before now; returns how many. */
    int removeExpired(Instant now, int limit);
}
