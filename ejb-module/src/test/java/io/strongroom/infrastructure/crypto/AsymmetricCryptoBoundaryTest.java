package io.strongroom.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.SigningAlgorithm;
import io.strongroom.domain.SigningAlgorithm.MessageType;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Round trips and cross-checks against the JDK's own implementations for every spec and algorithm. */
class AsymmetricCryptoBoundaryTest {

    private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final byte[] MESSAGE = "the quick brown fox".getBytes(StandardCharsets.UTF_8);

    private final CryptoBoundary boundary = new CryptoBoundary();
    private final KeyMaterialGenerator generator = new KeyMaterialGenerator(boundary);
    private final AsymmetricCryptoBoundary crypto = new AsymmetricCryptoBoundary(boundary);

    @BeforeEach
    void installRootKey() {
        byte[] root = new byte[32];
        Arrays.fill(root, (byte) 7);
        boundary.installRootKey(root);
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"RSA_2048", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1"})
    void everySigningAlgorithmOfASpecSignsRawAndDigestAndVerifies(KeySpec spec) {
        KeyMaterialGenerator.GeneratedMaterial material = generator.generateMaterial(KEY_ID, 1, spec);
        for (String name : spec.signingAlgorithms(KeyUsage.SIGN_VERIFY)) {
            SigningAlgorithm algorithm = SigningAlgorithm.valueOf(name);
            byte[] digest = algorithm.digestOf(MessageType.RAW, MESSAGE);
            assertArrayEquals(digest, algorithm.digestOf(MessageType.DIGEST, digest));
            byte[] signature = crypto.sign(KEY_ID, 1, material.sealedMaterial(), spec, algorithm, digest);
            assertTrue(crypto.verify(material.publicKey(), spec, algorithm, digest, signature), name);
            byte[] otherDigest = algorithm.digestOf(MessageType.RAW, "another message".getBytes(StandardCharsets.UTF_8));
            assertFalse(crypto.verify(material.publicKey(), spec, algorithm, otherDigest, signature), name);
            byte[] tampered = signature.clone();
            tampered[tampered.length / 2] ^= 0x10;
            assertFalse(crypto.verify(material.publicKey(), spec, algorithm, digest, tampered), name);
        }
    }

    @Test
    void rsaSignaturesVerifyWithTheJdksStandardSchemes() throws Exception {
        KeyMaterialGenerator.GeneratedMaterial material = generator.generateMaterial(KEY_ID, 1, KeySpec.RSA_3072);
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(material.publicKey()));
        for (String hash : new String[] {"256", "384", "512"}) {
            SigningAlgorithm pkcs1 = SigningAlgorithm.valueOf("RSASSA_PKCS1_V1_5_SHA_" + hash);
            Signature jdk = Signature.getInstance("SHA" + hash + "withRSA");
            jdk.initVerify(publicKey);
            jdk.update(MESSAGE);
            assertTrue(jdk.verify(crypto.sign(KEY_ID, 1, material.sealedMaterial(), KeySpec.RSA_3072, pkcs1,
                    pkcs1.digestOf(MessageType.RAW, MESSAGE))));

            SigningAlgorithm pss = SigningAlgorithm.valueOf("RSASSA_PSS_SHA_" + hash);
            Signature jdkPss = Signature.getInstance("RSASSA-PSS");
            jdkPss.setParameter(new PSSParameterSpec("SHA-" + hash, "MGF1", new MGF1ParameterSpec("SHA-" + hash),
                    pss.digestLength(), 1));
            jdkPss.initVerify(publicKey);
            jdkPss.update(MESSAGE);
            assertTrue(jdkPss.verify(crypto.sign(KEY_ID, 1, material.sealedMaterial(), KeySpec.RSA_3072, pss,
                    pss.digestOf(MessageType.RAW, MESSAGE))));
        }
    }

    @Test
    void ecdsaSignaturesAreDerAndVerifyWithTheJdk() throws Exception {
        KeyMaterialGenerator.GeneratedMaterial material = generator.generateMaterial(KEY_ID, 1, KeySpec.ECC_NIST_P384);
        byte[] signature = crypto.sign(KEY_ID, 1, material.sealedMaterial(), KeySpec.ECC_NIST_P384,
                SigningAlgorithm.ECDSA_SHA_384, SigningAlgorithm.ECDSA_SHA_384.digestOf(MessageType.RAW, MESSAGE));
        Signature jdk = Signature.getInstance("SHA384withECDSA");
        jdk.initVerify(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(material.publicKey())));
        jdk.update(MESSAGE);
        assertTrue(jdk.verify(signature));
    }

    @Test
    void aDigestOfTheWrongLengthIsAValidationError() {
        KmsException error = assertThrows(KmsException.class,
                () -> SigningAlgorithm.ECDSA_SHA_256.digestOf(MessageType.DIGEST, new byte[48]));
        assertEquals(KmsError.ValidationException, error.error());
        assertThrows(KmsException.class, () -> SigningAlgorithm.RSASSA_PSS_SHA_512.digestOf(MessageType.DIGEST, new byte[32]));
        assertThrows(KmsException.class, () -> SigningAlgorithm.ECDSA_SHA_256.digestOf(MessageType.EXTERNAL_MU, MESSAGE));
    }

    @Test
    void oaepUsesMgf1WithTheOaepHash() throws Exception {
        KeyMaterialGenerator.GeneratedMaterial material = generator.generateMaterial(KEY_ID, 1, KeySpec.RSA_2048);
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(material.publicKey()));
        Cipher sha256BothWays = Cipher.getInstance("RSA/ECB/OAEPPadding");
        sha256BothWays.init(Cipher.ENCRYPT_MODE, publicKey,
                new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        assertArrayEquals(MESSAGE, crypto.decryptOaep(KEY_ID, 1, material.sealedMaterial(), KeySpec.RSA_2048,
                "RSAES_OAEP_SHA_256", sha256BothWays.doFinal(MESSAGE)));
        // The JDK default for "OAEPWithSHA-256AndMGF1Padding" keeps MGF1 on SHA-1: not what KMS does.
        Cipher jdkDefault = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        jdkDefault.init(Cipher.ENCRYPT_MODE, publicKey);
        KmsException error = assertThrows(KmsException.class, () -> crypto.decryptOaep(KEY_ID, 1,
                material.sealedMaterial(), KeySpec.RSA_2048, "RSAES_OAEP_SHA_256", jdkDefault.doFinal(MESSAGE)));
        assertEquals(KmsError.InvalidCiphertextException, error.error());

        byte[] sha1 = crypto.encryptOaep(material.publicKey(), KeySpec.RSA_2048, "RSAES_OAEP_SHA_1", MESSAGE);
        assertArrayEquals(MESSAGE, crypto.decryptOaep(KEY_ID, 1, material.sealedMaterial(), KeySpec.RSA_2048,
                "RSAES_OAEP_SHA_1", sha1));
        assertThrows(KmsException.class, () -> crypto.decryptOaep(KEY_ID, 1, material.sealedMaterial(),
                KeySpec.RSA_2048, "RSAES_OAEP_SHA_256", sha1));
    }

    @Test
    void oaepPlaintextLimitsAreTheOnesAwsDocuments() {
        assertEquals(214, AsymmetricCryptoBoundary.maxOaepPlaintext(KeySpec.RSA_2048, "RSAES_OAEP_SHA_1"));
        assertEquals(190, AsymmetricCryptoBoundary.maxOaepPlaintext(KeySpec.RSA_2048, "RSAES_OAEP_SHA_256"));
        assertEquals(342, AsymmetricCryptoBoundary.maxOaepPlaintext(KeySpec.RSA_3072, "RSAES_OAEP_SHA_1"));
        assertEquals(318, AsymmetricCryptoBoundary.maxOaepPlaintext(KeySpec.RSA_3072, "RSAES_OAEP_SHA_256"));
        assertEquals(470, AsymmetricCryptoBoundary.maxOaepPlaintext(KeySpec.RSA_4096, "RSAES_OAEP_SHA_1"));
        assertEquals(446, AsymmetricCryptoBoundary.maxOaepPlaintext(KeySpec.RSA_4096, "RSAES_OAEP_SHA_256"));
    }

    @Test
    void ecdhAgreesWithTheJdkPeer() throws Exception {
        KeyMaterialGenerator.GeneratedMaterial material = generator.generateMaterial(KEY_ID, 1, KeySpec.ECC_NIST_P256);
        KeyPairGenerator peerGenerator = KeyPairGenerator.getInstance("EC");
        peerGenerator.initialize(new ECGenParameterSpec("secp256r1"));
        var peer = peerGenerator.generateKeyPair();
        javax.crypto.KeyAgreement jdk = javax.crypto.KeyAgreement.getInstance("ECDH");
        jdk.init(peer.getPrivate());
        jdk.doPhase(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(material.publicKey())), true);
        assertArrayEquals(jdk.generateSecret(), crypto.deriveSharedSecret(KEY_ID, 1, material.sealedMaterial(),
                KeySpec.ECC_NIST_P256, peer.getPublic().getEncoded()));

        peerGenerator.initialize(new ECGenParameterSpec("secp384r1"));
        byte[] otherCurve = peerGenerator.generateKeyPair().getPublic().getEncoded();
        KmsException error = assertThrows(KmsException.class, () -> crypto.deriveSharedSecret(KEY_ID, 1,
                material.sealedMaterial(), KeySpec.ECC_NIST_P256, otherCurve));
        assertEquals(KmsError.ValidationException, error.error());
        assertThrows(KmsException.class, () -> crypto.deriveSharedSecret(KEY_ID, 1, material.sealedMaterial(),
                KeySpec.ECC_NIST_P256, new byte[] {1, 2, 3}));
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512"})
    void hmacKeysHaveNoPublicKeyAndVerifyTheirOwnMacs(KeySpec spec) throws Exception {
        KeyMaterialGenerator.GeneratedMaterial material = generator.generateMaterial(KEY_ID, 1, spec);
        assertNull(material.publicKey());
        byte[] mac = crypto.generateMac(KEY_ID, 1, material.sealedMaterial(), spec, MESSAGE);
        assertEquals(Mac.getInstance(KeyPairs.hmacAlgorithm(spec)).getMacLength(), mac.length);
        assertTrue(crypto.verifyMac(KEY_ID, 1, material.sealedMaterial(), spec, MESSAGE, mac));
        mac[0] ^= 1;
        assertFalse(crypto.verifyMac(KEY_ID, 1, material.sealedMaterial(), spec, MESSAGE, mac));
        // Sealed under the key id: another key's id does not open it.
        assertThrows(KmsException.class, () -> crypto.generateMac("bbbbbbbb-12ab-34cd-56ef-1234567890ab", 1,
                material.sealedMaterial(), spec, MESSAGE));
    }

    @Test
    void dataKeyPairsEncryptThePrivateKeyUnderTheSymmetricKey() throws Exception {
        byte[] symmetric = boundary.generateSymmetricMaterial(KEY_ID, 1);
        KeyMaterialGenerator.DataKeyPair pair = generator.generateDataKeyPair(KeySpec.ECC_SECG_P256K1, KEY_ID, 1,
                symmetric, Map.of("purpose", "pair"));
        assertArrayEquals(pair.privateKeyPlaintext(), boundary.decrypt(CiphertextBlob.parse(pair.privateKeyCiphertextBlob()),
                symmetric, Map.of("purpose", "pair")));
        assertEquals("EC", KeyPairs.publicKey(KeySpec.ECC_SECG_P256K1, pair.publicKey()).getAlgorithm());
        KeyMaterialGenerator.DataKeyPair withoutPlaintext = generator.generateDataKeyPairWithoutPlaintext(
                KeySpec.RSA_2048, KEY_ID, 1, symmetric, Map.of());
        assertNull(withoutPlaintext.privateKeyPlaintext());
        byte[] privateKey = boundary.decrypt(CiphertextBlob.parse(withoutPlaintext.privateKeyCiphertextBlob()), symmetric, Map.of());
        assertEquals("RSA", KeyPairs.privateKey(KeySpec.RSA_2048, privateKey).getAlgorithm());
    }

    @Test
    void reEncryptMovesCiphertextBetweenSymmetricAndRsaKeys() {
        String rsaId = "bbbbbbbb-12ab-34cd-56ef-1234567890ab";
        byte[] symmetric = boundary.generateSymmetricMaterial(KEY_ID, 1);
        KeyMaterialGenerator.GeneratedMaterial rsa = generator.generateMaterial(rsaId, 1, KeySpec.RSA_2048);
        byte[] blob = boundary.encrypt(KEY_ID, 1, symmetric, MESSAGE, Map.of("a", "1"));

        byte[] toRsa = crypto.reEncrypt(
                new AsymmetricCryptoBoundary.ReEncryptSource(KEY_ID, 1, symmetric, KeySpec.SYMMETRIC_DEFAULT,
                        "SYMMETRIC_DEFAULT", blob, Map.of("a", "1")),
                new AsymmetricCryptoBoundary.ReEncryptDestination(rsaId, 1, rsa.sealedMaterial(), rsa.publicKey(),
                        KeySpec.RSA_2048, "RSAES_OAEP_SHA_256", Map.of()));
        assertArrayEquals(MESSAGE, crypto.decryptOaep(rsaId, 1, rsa.sealedMaterial(), KeySpec.RSA_2048,
                "RSAES_OAEP_SHA_256", toRsa));

        byte[] back = crypto.reEncrypt(
                new AsymmetricCryptoBoundary.ReEncryptSource(rsaId, 1, rsa.sealedMaterial(), KeySpec.RSA_2048,
                        "RSAES_OAEP_SHA_256", toRsa, Map.of()),
                new AsymmetricCryptoBoundary.ReEncryptDestination(KEY_ID, 1, symmetric, null, KeySpec.SYMMETRIC_DEFAULT,
                        "SYMMETRIC_DEFAULT", Map.of("b", "2")));
        assertArrayEquals(MESSAGE, boundary.decrypt(CiphertextBlob.parse(back), symmetric, Map.of("b", "2")));

        KmsException wrongContext = assertThrows(KmsException.class, () -> crypto.reEncrypt(
                new AsymmetricCryptoBoundary.ReEncryptSource(KEY_ID, 1, symmetric, KeySpec.SYMMETRIC_DEFAULT,
                        "SYMMETRIC_DEFAULT", blob, Map.of()),
                new AsymmetricCryptoBoundary.ReEncryptDestination(KEY_ID, 1, symmetric, null, KeySpec.SYMMETRIC_DEFAULT,
                        "SYMMETRIC_DEFAULT", Map.of())));
        assertEquals(KmsError.InvalidCiphertextException, wrongContext.error());
        byte[] large = boundary.encrypt(KEY_ID, 1, symmetric, new byte[191], Map.of());
        KmsException tooLong = assertThrows(KmsException.class, () -> crypto.reEncrypt(
                new AsymmetricCryptoBoundary.ReEncryptSource(KEY_ID, 1, symmetric, KeySpec.SYMMETRIC_DEFAULT,
                        "SYMMETRIC_DEFAULT", large, Map.of()),
                new AsymmetricCryptoBoundary.ReEncryptDestination(rsaId, 1, rsa.sealedMaterial(), rsa.publicKey(),
                        KeySpec.RSA_2048, "RSAES_OAEP_SHA_256", Map.of())));
        assertEquals(KmsError.ValidationException, tooLong.error());
    }
}
