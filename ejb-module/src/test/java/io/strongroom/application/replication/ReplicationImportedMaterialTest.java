package io.strongroom.application.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.Origin;
import io.strongroom.domain.replication.FingerprintResponse;
import io.strongroom.domain.replication.KeyProperties;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import io.strongroom.infrastructure.crypto.SealedMaterials;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imported multi-region material is imported into each region separately; the replica checks it
 * holds the primary's material by a keyed fingerprint, so the material itself never travels.
 */
class ReplicationImportedMaterialTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestRegion primary;
    private TestRegion replica;
    private String keyId;
    private byte[] material;

    @BeforeEach
    void importIntoThePrimary() {
        primary = new TestRegion("us-east-1");
        replica = new TestRegion("eu-west-1");
        TestRegion.trustEachOther(primary, replica);
        keyId = TestRegion.newKeyId();
        material = new byte[32];
        RANDOM.nextBytes(material);
        primary.serve(keyId, new KeyProperties(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.EXTERNAL, 0, 1),
                List.of(new SealedVersion(1, SealedMaterials.seal(primary.crypto, keyId, 1, material), null)));
    }

    @Test
    void theSameMaterialImportedIntoTheReplicaIsConfirmed() {
        byte[] candidate = SealedMaterials.seal(replica.crypto, keyId, 1, material);
        byte[] response = primary.answer(replica.requester.requestFingerprint("us-east-1", keyId, 1).encode());

        replica.requester.confirmSameMaterial(response, candidate);

        assertTrue(replica.sessions.sessions.isEmpty());
        assertFalse(RelayTampering.contains(response, material));
    }

    @Test
    void differentMaterialIsIncorrectKeyMaterial() {
        byte[] other = material.clone();
        other[31] ^= 1;
        byte[] candidate = SealedMaterials.seal(replica.crypto, keyId, 1, other);
        byte[] response = primary.answer(replica.requester.requestFingerprint("us-east-1", keyId, 1).encode());

        ReplicationRefusedException refused = assertThrows(ReplicationRefusedException.class,
                () -> replica.requester.confirmSameMaterial(response, candidate));

        assertEquals(ReplicationError.MATERIAL_MISMATCH, refused.reason());
        assertEquals(KmsError.IncorrectKeyMaterialException, refused.error());
    }

    @Test
    void theFingerprintIsKeyedPerSessionSoItTellsNothingAcrossSessions() {
        byte[] first = fingerprintOf(primary.answer(replica.requester.requestFingerprint("us-east-1", keyId, 1).encode()));
        byte[] second = fingerprintOf(primary.answer(replica.requester.requestFingerprint("us-east-1", keyId, 1).encode()));

        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void aFingerprintAnswerOnlyCountsInItsOwnSession() {
        byte[] candidate = SealedMaterials.seal(replica.crypto, keyId, 1, material);
        byte[] firstResponse = primary.answer(replica.requester.requestFingerprint("us-east-1", keyId, 1).encode());
        replica.requester.confirmSameMaterial(firstResponse, candidate);
        assertThrows(ReplicationRefusedException.class, () -> replica.requester.confirmSameMaterial(firstResponse, candidate));
    }

    @Test
    void aVersionThePrimaryDoesNotHoldIsRefusedByThePrimary() {
        byte[] response = primary.answer(replica.requester.requestFingerprint("us-east-1", keyId, 2).encode());

        ReplicationRefusedException refused = assertThrows(ReplicationRefusedException.class,
                () -> replica.requester.confirmSameMaterial(response, SealedMaterials.seal(replica.crypto, keyId, 2, material)));

        assertEquals(ReplicationError.KEY_NOT_REPLICABLE, refused.reason());
        assertEquals("us-east-1", refused.refusedBy());
    }

    @Test
    void theCandidateMustBeSealedForTheKeyAndVersionAsked() {
        byte[] sealedForAnotherKey = SealedMaterials.seal(replica.crypto, TestRegion.newKeyId(), 1, material);
        byte[] response = primary.answer(replica.requester.requestFingerprint("us-east-1", keyId, 1).encode());

        assertThrows(io.strongroom.client.KmsException.class,
                () -> replica.requester.confirmSameMaterial(response, sealedForAnotherKey));
        assertArrayEquals(material, SealedMaterials.unseal(primary.crypto, keyId, 1,
                primary.version(keyId, 1).sealedMaterial()), "the primary's material is untouched");
    }

    private static byte[] fingerprintOf(byte[] response) {
        return FingerprintResponse.decode(ReplicationMessage.decode(response).payload()).fingerprint();
    }
}
