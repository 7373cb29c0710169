package io.strongroom.application;

import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.domain.KeyRotationRules;
import io.strongroom.domain.RotationType;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.persistence.KeyMaterialRecord;
import io.strongroom.persistence.KeyRotationRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one way key material rotates, shared by RotateKeyOnDemand and the sweeper: new material,
 * generated and sealed by the crypto boundary, under the next version, which becomes current. Older
 * versions stay, so ciphertexts made under them keep decrypting. Runs in the caller's transaction,
 * which holds the key's row lock.
 */
@ApplicationScoped
public class KeyMaterialRotation {

    @Inject
    private KeyRepository keys;
    @Inject
    private KeyRotationRepository rotations;
    @Inject
    private CryptoBoundary crypto;
    @Inject
    private TopologyNotices topologyNotices;

    /** @return the new current material version */
    public int rotate(Key key, RotationType type, Instant rotationDate) {
        int version = KeyRotationRules.advanceMaterialVersion(key);
        keys.storeMaterial(new KeyMaterialRecord(key.id(), version,
                crypto.generateSymmetricMaterial(key.id(), version), rotationDate));
        rotations.storeRotation(new KeyRotationRecord(key.id(), version, rotationDate, type.name()));
        // A multi-Region primary's replicas are to fetch the new version, once this commits.
        topologyNotices.materialRotated(key, version);
        return version;
    }
}
