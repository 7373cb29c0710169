package io.strongroom.domain.replication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The UpdatePrimaryRegion calls this region takes part in (primary_update). */
public interface PrimaryUpdateRepository {

    /** Inserts the update or replaces the stored one with the same id. */
    void save(PrimaryUpdate update);

    Optional<PrimaryUpdate> find(String updateId);

    /** The source updates whose next attempt is due at {@code now}, earliest first. */
    List<PrimaryUpdate> dueSources(Instant now, int limit);

    /** Every update of the key in which this region is the target, whatever its phase. */
    List<PrimaryUpdate> targetsOf(String keyId);

    void delete(String updateId);

    /** Forgets target outcomes older than {@code before}, when no copy of their messages can pass any more. */
    int removeTargetsStartedBefore(Instant before);
}
