package io.strongroom.domain.replication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** This region's replication signing keys (replication_signing_key), newest version first. */
public interface SigningKeyRepository {

    /** The one version without a retirement time, if any was generated yet. */
    Optional<SigningKey> current();

    List<SigningKey> all();

    /** Stores a new current version unless that version or another current one exists (another node won); returns whether it did. */
    boolean insertIfAbsent(SigningKey key);

    void retire(int version, Instant at);
}
