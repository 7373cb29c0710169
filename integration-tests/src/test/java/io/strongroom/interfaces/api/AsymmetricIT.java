package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyAgreement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.GetPublicKeyResponse;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.InvalidKeyUsageException;
import software.amazon.awssdk.services.kms.model.KeyAgreementAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidMacException;
import software.amazon.awssdk.services.kms.model.KmsInvalidSignatureException;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;

/**
 * Every key spec and the asymmetric and HMAC operations through the real AWS SDK: Sign/Verify
 * (RAW and DIGEST) for each spec and algorithm, GenerateMac/VerifyMac, GetPublicKey, RSA-OAEP
 * Encrypt/Decrypt and DeriveSharedSecret, with the documented errors of each. Signatures and
 * secrets are also checked with the JDK. Data key pairs, GenerateRandom and ReEncrypt are in
 * {@link DataKeyPairAndReEncryptIT}.
 */
@RegionTest
@Order(3)
class AsymmetricIT {

    private static final byte[] MESSAGE = "strongroom asymmetric it".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private static KmsClient kms;

    @BeforeAll
    static void connect(URI endpoint) {
        kms = KmsClients.sdk(endpoint);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void describeKeyListsTheAlgorithmsOfEachSpecAndUsage() {
        assertEquals(List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"),
                describe(KeySpec.RSA_2048, KeyUsageType.ENCRYPT_DECRYPT).encryptionAlgorithmsAsStrings());
        KeyMetadata rsaSigning = describe(KeySpec.RSA_2048, KeyUsageType.SIGN_VERIFY);
        assertEquals(6, rsaSigning.signingAlgorithms().size());
        assertTrue(rsaSigning.encryptionAlgorithms().isEmpty());
        assertEquals(List.of(SigningAlgorithmSpec.ECDSA_SHA_384),
                describe(KeySpec.ECC_NIST_P384, KeyUsageType.SIGN_VERIFY).signingAlgorithms());
        assertEquals(List.of(SigningAlgorithmSpec.ECDSA_SHA_256),
                describe(KeySpec.ECC_SECG_P256_K1, KeyUsageType.SIGN_VERIFY).signingAlgorithms());
        assertEquals(List.of(KeyAgreementAlgorithmSpec.ECDH),
                describe(KeySpec.ECC_NIST_P256, KeyUsageType.KEY_AGREEMENT).keyAgreementAlgorithms());
        KeyMetadata hmac = describe(KeySpec.HMAC_384, KeyUsageType.GENERATE_VERIFY_MAC);
        assertEquals(List.of(MacAlgorithmSpec.HMAC_SHA_384), hmac.macAlgorithms());
        assertEquals(KeySpec.HMAC_384, hmac.keySpec());
    }

    @Test
    void createKeyRefusesInvalidCombinationsAndUnofferedSpecs() {
        assertValidation(() -> kms.createKey(r -> r.keySpec(KeySpec.HMAC_256)));
        assertValidation(() -> kms.createKey(r -> r.keySpec(KeySpec.ECC_NIST_P256)));
        assertValidation(() -> kms.createKey(r -> r.keySpec(KeySpec.ECC_SECG_P256_K1).keyUsage(KeyUsageType.KEY_AGREEMENT)));
        assertValidation(() -> kms.createKey(r -> r.keySpec(KeySpec.RSA_2048).keyUsage(KeyUsageType.GENERATE_VERIFY_MAC)));
        assertValidation(() -> kms.createKey(r -> r.keySpec(KeySpec.SYMMETRIC_DEFAULT).keyUsage(KeyUsageType.SIGN_VERIFY)));
        for (KeySpec spec : List.of(KeySpec.ECC_NIST_EDWARDS25519, KeySpec.ML_DSA_44, KeySpec.SM2)) {
            assertThrows(UnsupportedOperationException.class,
                    () -> kms.createKey(r -> r.keySpec(spec).keyUsage(KeyUsageType.SIGN_VERIFY)), spec.toString());
        }
        // RSA keys without a KeyUsage take ENCRYPT_DECRYPT, as in AWS.
        assertEquals(KeyUsageType.ENCRYPT_DECRYPT, kms.createKey(r -> r.keySpec(KeySpec.RSA_2048)).keyMetadata().keyUsage());
    }

    @Test
    void everySigningSpecAndAlgorithmSignsRawAndDigestAndTheJdkVerifies() throws Exception {
        for (KeySpec spec : List.of(KeySpec.RSA_2048, KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384,
                KeySpec.ECC_NIST_P521, KeySpec.ECC_SECG_P256_K1)) {
            String keyId = key(spec, KeyUsageType.SIGN_VERIFY);
            GetPublicKeyResponse publicKey = kms.getPublicKey(r -> r.keyId(keyId));
            assertEquals(spec, publicKey.keySpec());
            assertEquals(KeyUsageType.SIGN_VERIFY, publicKey.keyUsage());
            for (SigningAlgorithmSpec algorithm : publicKey.signingAlgorithms()) {
                String hash = "SHA-" + algorithm.toString().substring(algorithm.toString().length() - 3);
                byte[] digest = MessageDigest.getInstance(hash).digest(MESSAGE);
                byte[] raw = kms.sign(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(MESSAGE))
                        .signingAlgorithm(algorithm)).signature().asByteArray();
                byte[] fromDigest = kms.sign(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(digest))
                        .messageType(MessageType.DIGEST).signingAlgorithm(algorithm)).signature().asByteArray();
                for (byte[] signature : List.of(raw, fromDigest)) {
                    assertTrue(kms.verify(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(MESSAGE))
                            .signature(SdkBytes.fromByteArray(signature)).signingAlgorithm(algorithm)).signatureValid());
                    assertTrue(kms.verify(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(digest))
                            .messageType(MessageType.DIGEST).signature(SdkBytes.fromByteArray(signature))
                            .signingAlgorithm(algorithm)).signatureValid());
                    if (spec != KeySpec.ECC_SECG_P256_K1) {
                        assertTrue(jdkVerifies(publicKey, algorithm, signature), spec + " " + algorithm);
                    }
                }
            }
        }
    }

    @Test
    void signAndVerifyErrors() {
        String ecKey = key(KeySpec.ECC_NIST_P256, KeyUsageType.SIGN_VERIFY);
        SdkBytes message = SdkBytes.fromByteArray(MESSAGE);
        byte[] signature = kms.sign(r -> r.keyId(ecKey).message(message).signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256))
                .signature().asByteArray();
        signature[signature.length - 1] ^= 1;
        assertThrows(KmsInvalidSignatureException.class, () -> kms.verify(r -> r.keyId(ecKey).message(message)
                .signature(SdkBytes.fromByteArray(signature)).signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)));
        assertThrows(KmsInvalidSignatureException.class, () -> kms.verify(r -> r.keyId(ecKey).message(message)
                .signature(SdkBytes.fromUtf8String("not a signature")).signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.sign(r -> r.keyId(ecKey).message(message)
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_384)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.sign(r -> r.keyId(ecKey).message(message)
                .signingAlgorithm(SigningAlgorithmSpec.RSASSA_PSS_SHA_256)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.sign(r -> r.keyId(symmetricKey()).message(message)
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)));
        assertValidation(() -> kms.sign(r -> r.keyId(ecKey).message(SdkBytes.fromByteArray(new byte[48]))
                .messageType(MessageType.DIGEST).signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)));
        assertValidation(() -> kms.sign(r -> r.keyId(ecKey).message(SdkBytes.fromByteArray(new byte[4097]))
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)));
        assertThrows(NotFoundException.class, () -> kms.sign(r -> r.keyId("11111111-2222-3333-4444-555555555555")
                .message(message).signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)));

        String disabled = kms.createKey(r -> r.keySpec(KeySpec.ECC_NIST_P256).keyUsage(KeyUsageType.SIGN_VERIFY))
                .keyMetadata().keyId();
        kms.disableKey(r -> r.keyId(disabled));
        assertThrows(DisabledException.class, () -> kms.sign(r -> r.keyId(disabled).message(message)
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)));
        assertThrows(DisabledException.class, () -> kms.getPublicKey(r -> r.keyId(disabled)));
    }

    @Test
    void keyIdAcceptsAliasNamesAndArnsForSigningAndMacs() {
        String keyId = key(KeySpec.ECC_NIST_P256, KeyUsageType.SIGN_VERIFY);
        String alias = "alias/it-signing-" + java.util.UUID.randomUUID();
        kms.createAlias(r -> r.aliasName(alias).targetKeyId(keyId));
        String keyArn = kms.describeKey(r -> r.keyId(keyId)).keyMetadata().arn();
        String aliasArn = keyArn.substring(0, keyArn.indexOf(":key/")) + ":" + alias;
        SdkBytes message = SdkBytes.fromByteArray(MESSAGE);
        for (String reference : List.of(alias, aliasArn, keyArn)) {
            SdkBytes signature = kms.sign(r -> r.keyId(reference).message(message)
                    .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)).signature();
            assertTrue(kms.verify(r -> r.keyId(keyId).message(message).signature(signature)
                    .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)).signatureValid());
            assertEquals(keyArn, kms.getPublicKey(r -> r.keyId(reference)).keyId());
        }
    }

    @Test
    void everyHmacSpecGeneratesAndVerifiesItsMac() {
        for (KeySpec spec : List.of(KeySpec.HMAC_224, KeySpec.HMAC_256, KeySpec.HMAC_384, KeySpec.HMAC_512)) {
            String keyId = key(spec, KeyUsageType.GENERATE_VERIFY_MAC);
            MacAlgorithmSpec algorithm = MacAlgorithmSpec.fromValue("HMAC_SHA_" + spec.toString().substring(5));
            SdkBytes message = SdkBytes.fromByteArray(MESSAGE);
            byte[] mac = kms.generateMac(r -> r.keyId(keyId).message(message).macAlgorithm(algorithm)).mac().asByteArray();
            assertEquals(Integer.parseInt(spec.toString().substring(5)) / 8, mac.length);
            assertTrue(kms.verifyMac(r -> r.keyId(keyId).message(message).macAlgorithm(algorithm)
                    .mac(SdkBytes.fromByteArray(mac))).macValid());
            mac[0] ^= 1;
            assertThrows(KmsInvalidMacException.class, () -> kms.verifyMac(r -> r.keyId(keyId).message(message)
                    .macAlgorithm(algorithm).mac(SdkBytes.fromByteArray(mac))));
            assertThrows(UnsupportedOperationException.class, () -> kms.getPublicKey(r -> r.keyId(keyId)));
        }
        String hmac256 = key(KeySpec.HMAC_256, KeyUsageType.GENERATE_VERIFY_MAC);
        assertThrows(InvalidKeyUsageException.class, () -> kms.generateMac(r -> r.keyId(hmac256)
                .message(SdkBytes.fromByteArray(MESSAGE)).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_512)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.generateMac(r -> r.keyId(symmetricKey())
                .message(SdkBytes.fromByteArray(MESSAGE)).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.encrypt(r -> r.keyId(hmac256)
                .plaintext(SdkBytes.fromByteArray(MESSAGE))));
    }

    @Test
    void rsaOaepEncryptsAndDecryptsWithBothAlgorithmsAndTheDocumentedLimits() {
        String keyId = key(KeySpec.RSA_2048, KeyUsageType.ENCRYPT_DECRYPT);
        for (EncryptionAlgorithmSpec algorithm : List.of(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1,
                EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)) {
            int max = algorithm == EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1 ? 214 : 190;
            byte[] plaintext = new byte[max];
            plaintext[0] = 42;
            SdkBytes ciphertext = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(plaintext))
                    .encryptionAlgorithm(algorithm)).ciphertextBlob();
            DecryptResponse decrypted = kms.decrypt(r -> r.keyId(keyId).ciphertextBlob(ciphertext)
                    .encryptionAlgorithm(algorithm));
            assertArrayEquals(plaintext, decrypted.plaintext().asByteArray());
            assertEquals(algorithm, decrypted.encryptionAlgorithm());
            assertValidation(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(new byte[max + 1]))
                    .encryptionAlgorithm(algorithm)));
            assertValidation(() -> kms.decrypt(r -> r.ciphertextBlob(ciphertext).encryptionAlgorithm(algorithm)));
        }
        byte[] tampered = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(MESSAGE))
                .encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)).ciphertextBlob().asByteArray();
        tampered[10] ^= 1;
        assertThrows(InvalidCiphertextException.class, () -> kms.decrypt(r -> r.keyId(keyId)
                .ciphertextBlob(SdkBytes.fromByteArray(tampered)).encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.encrypt(r -> r.keyId(keyId)
                .plaintext(SdkBytes.fromByteArray(MESSAGE))));
        assertThrows(InvalidKeyUsageException.class, () -> kms.encrypt(r -> r.keyId(symmetricKey())
                .plaintext(SdkBytes.fromByteArray(MESSAGE)).encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.encrypt(r -> r.keyId(key(KeySpec.RSA_2048, KeyUsageType.SIGN_VERIFY))
                .plaintext(SdkBytes.fromByteArray(MESSAGE)).encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.generateDataKey(r -> r.keyId(keyId).numberOfBytes(32)));
        assertEquals(List.of(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1, EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256),
                kms.getPublicKey(r -> r.keyId(keyId)).encryptionAlgorithms());
    }

    @Test
    void rsa4096AllowsTheLargerPlaintext() {
        String keyId = key(KeySpec.RSA_4096, KeyUsageType.ENCRYPT_DECRYPT);
        byte[] plaintext = new byte[446];
        SdkBytes ciphertext = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(plaintext))
                .encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)).ciphertextBlob();
        assertEquals(512, ciphertext.asByteArray().length);
        assertArrayEquals(plaintext, kms.decrypt(r -> r.keyId(keyId).ciphertextBlob(ciphertext)
                .encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)).plaintext().asByteArray());
    }

    @Test
    void deriveSharedSecretMatchesTheJdkAndRefusesWrongKeysAndCurves() throws Exception {
        String keyId = key(KeySpec.ECC_NIST_P384, KeyUsageType.KEY_AGREEMENT);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        var peer = generator.generateKeyPair();
        byte[] secret = kms.deriveSharedSecret(r -> r.keyId(keyId).keyAgreementAlgorithm(KeyAgreementAlgorithmSpec.ECDH)
                .publicKey(SdkBytes.fromByteArray(peer.getPublic().getEncoded()))).sharedSecret().asByteArray();
        KeyAgreement jdk = KeyAgreement.getInstance("ECDH");
        jdk.init(peer.getPrivate());
        jdk.doPhase(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(
                kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray())), true);
        assertArrayEquals(jdk.generateSecret(), secret);

        generator.initialize(new ECGenParameterSpec("secp256r1"));
        SdkBytes otherCurve = SdkBytes.fromByteArray(generator.generateKeyPair().getPublic().getEncoded());
        assertValidation(() -> kms.deriveSharedSecret(r -> r.keyId(keyId)
                .keyAgreementAlgorithm(KeyAgreementAlgorithmSpec.ECDH).publicKey(otherCurve)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.deriveSharedSecret(r -> r
                .keyId(key(KeySpec.ECC_NIST_P256, KeyUsageType.SIGN_VERIFY))
                .keyAgreementAlgorithm(KeyAgreementAlgorithmSpec.ECDH).publicKey(otherCurve)));
    }

    /** One key per spec and usage for the whole class: RSA key generation takes seconds. */
    static String key(KeySpec spec, KeyUsageType usage) {
        return KEYS.computeIfAbsent(spec + "/" + usage, k -> kms.createKey(r -> r.keySpec(spec).keyUsage(usage)
                .description("it-asymmetric-" + k)).keyMetadata().keyId());
    }

    private static String symmetricKey() {
        return key(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
    }

    private static KeyMetadata describe(KeySpec spec, KeyUsageType usage) {
        return kms.describeKey(r -> r.keyId(key(spec, usage))).keyMetadata();
    }

    private static boolean jdkVerifies(GetPublicKeyResponse publicKey, SigningAlgorithmSpec algorithm, byte[] signature)
            throws Exception {
        String name = algorithm.toString();
        String bits = name.substring(name.length() - 3);
        boolean rsa = name.startsWith("RSA");
        Signature jdk;
        if (name.startsWith("RSASSA_PSS")) {
            jdk = Signature.getInstance("RSASSA-PSS");
            jdk.setParameter(new java.security.spec.PSSParameterSpec("SHA-" + bits, "MGF1",
                    new java.security.spec.MGF1ParameterSpec("SHA-" + bits), Integer.parseInt(bits) / 8, 1));
        } else {
            jdk = Signature.getInstance("SHA" + bits + (rsa ? "withRSA" : "withECDSA"));
        }
        jdk.initVerify(KeyFactory.getInstance(rsa ? "RSA" : "EC")
                .generatePublic(new X509EncodedKeySpec(publicKey.publicKey().asByteArray())));
        jdk.update(MESSAGE);
        return jdk.verify(signature);
    }

    private static void assertValidation(Executable call) {
        KmsException e = assertThrows(KmsException.class, call);
        assertEquals("ValidationException", e.awsErrorDetails().errorCode(), e.getMessage());
    }
}
