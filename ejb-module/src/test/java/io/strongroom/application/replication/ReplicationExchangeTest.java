package io.strongroom.application.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.Origin;
import io.strongroom.domain.SigningAlgorithm;
import io.strongroom.domain.replication.KeyProperties;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.infrastructure.crypto.AsymmetricCryptoBoundary;
import io.strongroom.infrastructure.crypto.KeyMaterialGenerator;
import io.strongroom.infrastructure.crypto.KeyMaterialGenerator.GeneratedMaterial;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import io.strongroom.infrastructure.crypto.SealedMaterials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two regions with different root keys and signing keys move multi-region key material through the protocol. */
class ReplicationExchangeTest {

    private static final byte[] PLAINTEXT = "quarterly numbers".getBytes(StandardCharsets.UTF_8);

    private TestRegion primary;
    private TestRegion replica;

    @BeforeEach
    void twoRegions() {
        primary = new TestRegion("us-east-1");
        replica = new TestRegion("eu-west-1");
        TestRegion.trustEachOther(primary, replica);
    }

    @Test
    void everyMaterialVersionArrivesSoThatCiphertextFromThePrimaryDecryptsInTheReplica() {
        String keyId = primary.symmetricKey(3);
        List<byte[]> blobs = new ArrayList<>();
        for (int version = 1; version <= 3; version++) {
            blobs.add(primary.crypto.encrypt(keyId, version, primary.version(keyId, version).sealedMaterial(), PLAINTEXT,
                    Map.of("purpose", "v" + version)));
        }

        byte[] request = replica.requester.requestMaterial("us-east-1", keyId, KeySpec.SYMMETRIC_DEFAULT).encode();
        ReceivedMaterial received = replica.requester.acceptMaterial(primary.answer(request));

        assertEquals("us-east-1", received.sourceRegion());
        assertEquals(keyId, received.keyId());
        assertEquals(new KeyProperties(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, 365, 3),
                received.properties());
        assertEquals(List.of(1, 2, 3), received.versions().stream().map(SealedVersion::materialVersion).toList());
        for (int version = 1; version <= 3; version++) {
            byte[] sealedInReplica = received.versions().get(version - 1).sealedMaterial();
            byte[] sealedInPrimary = primary.version(keyId, version).sealedMaterial();
            assertFalse(Arrays.equals(sealedInPrimary, sealedInReplica), "each region seals under its own root key");
            assertArrayEquals(PLAINTEXT, replica.crypto.decrypt(CiphertextBlob.parse(blobs.get(version - 1)),
                    sealedInReplica, Map.of("purpose", "v" + version)));
            assertArrayEquals(SealedMaterials.unseal(primary.crypto, keyId, version, sealedInPrimary),
                    SealedMaterials.unseal(replica.crypto, keyId, version, sealedInReplica));
            int v = version;
            assertThrows(KmsException.class, () -> replica.crypto.decrypt(CiphertextBlob.parse(blobs.get(v - 1)),
                    sealedInPrimary, Map.of("purpose", "v" + v)), "the primary's sealed bytes mean nothing in the replica");
        }
        assertTrue(replica.sessions.sessions.isEmpty(), "the session and its sealed agreement key are gone");
    }

    @Test
    void asymmetricAndHmacMaterialArriveWithTheirPublicKeys() {
        KeyMaterialGenerator generator = new KeyMaterialGenerator(primary.crypto);
        String eccKey = TestRegion.newKeyId();
        GeneratedMaterial ecc = generator.generateMaterial(eccKey, 1, KeySpec.ECC_NIST_P384);
        primary.serve(eccKey, new KeyProperties(KeySpec.ECC_NIST_P384, KeyUsage.SIGN_VERIFY, Origin.AWS_KMS, 0, 1),
                List.of(new SealedVersion(1, ecc.sealedMaterial(), ecc.publicKey())));
        String hmacKey = TestRegion.newKeyId();
        GeneratedMaterial hmac = generator.generateMaterial(hmacKey, 1, KeySpec.HMAC_256);
        primary.serve(hmacKey, new KeyProperties(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC, Origin.AWS_KMS, 0, 1),
                List.of(new SealedVersion(1, hmac.sealedMaterial(), null)));

        SealedVersion eccReplica = replicate(eccKey).versions().get(0);
        SealedVersion hmacReplica = replicate(hmacKey).versions().get(0);

        assertArrayEquals(ecc.publicKey(), eccReplica.publicKey());
        assertNull(hmacReplica.publicKey());
        AsymmetricCryptoBoundary signerInReplica = new AsymmetricCryptoBoundary(replica.crypto);
        AsymmetricCryptoBoundary verifierInPrimary = new AsymmetricCryptoBoundary(primary.crypto);
        byte[] digest = sha384(PLAINTEXT);
        byte[] signature = signerInReplica.sign(eccKey, 1, eccReplica.sealedMaterial(), KeySpec.ECC_NIST_P384,
                SigningAlgorithm.ECDSA_SHA_384, digest);
        assertTrue(verifierInPrimary.verify(ecc.publicKey(), KeySpec.ECC_NIST_P384, SigningAlgorithm.ECDSA_SHA_384, digest,
                signature));
        assertArrayEquals(verifierInPrimary.generateMac(hmacKey, 1, hmac.sealedMaterial(), KeySpec.HMAC_256, PLAINTEXT),
                signerInReplica.generateMac(hmacKey, 1, hmacReplica.sealedMaterial(), KeySpec.HMAC_256, PLAINTEXT));
    }

    @Test
    void importedMaterialNeverTravelsOnlyTheSharedProperties() {
        String keyId = TestRegion.newKeyId();
        byte[] material = new byte[32];
        Arrays.fill(material, (byte) 7);
        KeyProperties imported = new KeyProperties(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.EXTERNAL, 0, 1);
        primary.serve(keyId, imported, List.of(new SealedVersion(1,
                SealedMaterials.seal(primary.crypto, keyId, 1, material), null)));

        byte[] request = replica.requester.requestMaterial("us-east-1", keyId, null).encode();
        byte[] response = primary.answer(request);
        ReceivedMaterial received = replica.requester.acceptMaterial(response);

        assertEquals(imported, received.properties());
        assertTrue(received.versions().isEmpty());
        assertFalse(RelayTampering.contains(response, material));
    }

    @Test
    void aKeyTheSourceDoesNotServeEndsTheSessionWithItsSignedRefusal() {
        String unknown = TestRegion.newKeyId();
        byte[] request = replica.requester.requestMaterial("us-east-1", unknown, null).encode();

        ReplicationRefusedException refused = assertThrows(ReplicationRefusedException.class,
                () -> replica.requester.acceptMaterial(primary.answer(request)));

        assertEquals(ReplicationError.KEY_NOT_REPLICABLE, refused.reason());
        assertEquals("us-east-1", refused.refusedBy());
        assertEquals(KmsError.NotFoundException, refused.error());
        assertTrue(replica.sessions.sessions.isEmpty());
    }

    @Test
    void theSourceRefusesAKeyOfAnotherSpecThanTheRequesterExpects() {
        String keyId = primary.symmetricKey(1);
        byte[] request = replica.requester.requestMaterial("us-east-1", keyId, KeySpec.RSA_2048).encode();

        ReplicationRefusedException refused = assertThrows(ReplicationRefusedException.class,
                () -> replica.requester.acceptMaterial(primary.answer(request)));

        assertEquals(ReplicationError.KEY_PROPERTIES_MISMATCH, refused.reason());
        assertEquals("us-east-1", refused.refusedBy());
    }

    @Test
    void requestsGoOnlyToRegisteredPeersAndNameMultiRegionKeys() {
        KmsException unregistered = assertThrows(KmsException.class,
                () -> replica.requester.requestMaterial("ap-south-1", TestRegion.newKeyId(), null));
        assertEquals(KmsError.NotFoundException, unregistered.error());
        KmsException singleRegion = assertThrows(KmsException.class,
                () -> replica.requester.requestMaterial("us-east-1", "1234abcd-12ab-34cd-56ef-1234567890ab", null));
        assertEquals(KmsError.ValidationException, singleRegion.error());
        assertTrue(replica.sessions.sessions.isEmpty());
    }

    @Test
    void theOpenSessionHoldsTheAgreementKeyOnlySealed() {
        replica.requester.requestMaterial("us-east-1", primary.symmetricKey(1), null);

        var session = replica.sessions.sessions.values().iterator().next();
        assertNotNull(session.sealedAgreementKey());
        assertThrows(Exception.class, () -> java.security.KeyFactory.getInstance("EC")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(session.sealedAgreementKey())));
    }

    private ReceivedMaterial replicate(String keyId) {
        byte[] request = replica.requester.requestMaterial("us-east-1", keyId, null).encode();
        return replica.requester.acceptMaterial(primary.answer(request));
    }

    private static byte[] sha384(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-384").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
