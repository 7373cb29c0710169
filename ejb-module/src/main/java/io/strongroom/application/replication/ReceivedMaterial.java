package io.strongroom.application.replication;

import io.strongroom.domain.replication.KeyProperties;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import java.util.List;

/**
 * What a requester obtained from a MATERIAL_RESPONSE: the key's shared properties and its material
 * versions, already sealed under this region's root key (none for imported material), ready for
 * the replica's key record.
 */
public record ReceivedMaterial(String sourceRegion, String keyId, KeyProperties properties, List<SealedVersion> versions) {

    public ReceivedMaterial {
        versions = List.copyOf(versions);
    }
}
