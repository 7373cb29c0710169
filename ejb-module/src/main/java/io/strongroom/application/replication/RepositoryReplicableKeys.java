package io.strongroom.application.replication;

import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.Origin;
import io.strongroom.domain.replication.KeyProperties;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import io.strongroom.persistence.KeyMaterialRecord;
import io.strongroom.persistence.KeyRotationScheduleRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@link ReplicableKeys} over the key repository. A peer gets a key only if the key is a
 * multi-region primary here, the peer is a Region this primary ordered a replica in, and the key
 * is in a state where its material may be used or copied; anything else is KEY_NOT_REPLICABLE,
 * with one detail for every case so a peer learns nothing about keys it has no replica of.
 */
@Dependent
public class RepositoryReplicableKeys implements ReplicableKeys {

    /** States in which the primary's material exists and may reach a replica. */
    static final Set<KeyState> SERVED = EnumSet.of(KeyState.Enabled, KeyState.Disabled, KeyState.Updating,
            KeyState.PendingImport, KeyState.PendingReplicaDeletion);

    private final KeyRepository keys;
    private final KeyRotationRepository rotations;

    @Inject
    public RepositoryReplicableKeys(KeyRepository keys, KeyRotationRepository rotations) {
        this.keys = keys;
        this.rotations = rotations;
    }

    @Override
    public ReplicableKey find(String keyId, String requestingRegion) {
        Key key = keys.findById(keyId).filter(candidate -> servable(candidate, requestingRegion))
                .orElseThrow(() -> new ReplicationRefusedException(ReplicationError.KEY_NOT_REPLICABLE, "key " + keyId));
        return new ReplicableKey(properties(key), versions(key));
    }

    /** The shared properties as the primary holds them now. */
    public KeyProperties properties(Key key) {
        int rotationDays = rotations.schedule(key.id()).map(KeyRotationScheduleRecord::getRotationPeriodDays).orElse(0);
        Integer current = key.record().getCurrentMaterialVersion();
        return new KeyProperties(key.spec(), key.usage(), key.origin(), rotationDays, current == null ? 0 : current);
    }

    private static boolean servable(Key key, String requestingRegion) {
        if (!key.isMultiRegion() || !SERVED.contains(key.state())) {
            return false;
        }
        MultiRegionTopology topology = key.topology();
        return topology.isPrimary() && topology.replicas().containsKey(requestingRegion);
    }

    private List<SealedVersion> versions(Key key) {
        if (key.origin() == Origin.EXTERNAL) {
            return key.hasImportedMaterial() ? List.of(version(key, Key.IMPORTED_MATERIAL_VERSION)) : List.of();
        }
        Integer current = key.record().getCurrentMaterialVersion();
        if (current == null) {
            throw new ReplicationRefusedException(ReplicationError.KEY_NOT_REPLICABLE, "key " + key.id());
        }
        List<SealedVersion> versions = new ArrayList<>();
        for (int version = 1; version <= current; version++) {
            versions.add(version(key, version));
        }
        return versions;
    }

    private SealedVersion version(Key key, int materialVersion) {
        KeyMaterialRecord material = keys.findMaterial(key.id(), materialVersion).orElseThrow(
                () -> new ReplicationRefusedException(ReplicationError.KEY_NOT_REPLICABLE, "key " + key.id()));
        return new SealedVersion(materialVersion, material.getMaterialSealed(), material.getPublicKey());
    }
}
