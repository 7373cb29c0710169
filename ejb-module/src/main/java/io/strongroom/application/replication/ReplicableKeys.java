package io.strongroom.application.replication;

import io.strongroom.domain.replication.KeyProperties;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import java.util.List;

/**
 * Where the responder finds what a peer asks about: the source region's keys. The key operations
 * implement it over the key repository; it decides which keys a peer may have (multi-region
 * primaries with usable material) and refuses the rest with KEY_NOT_REPLICABLE.
 */
@FunctionalInterface
public interface ReplicableKeys {

    /** A key's shared properties and its material versions, sealed under this region's root key, oldest first. */
    record ReplicableKey(KeyProperties properties, List<SealedVersion> versions) {

        public ReplicableKey {
            versions = List.copyOf(versions);
        }
    }

    /** @throws io.strongroom.domain.replication.ReplicationRefusedException KEY_NOT_REPLICABLE */
    ReplicableKey find(String keyId, String requestingRegion);
}
