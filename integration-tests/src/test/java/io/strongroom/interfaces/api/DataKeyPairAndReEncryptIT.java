package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeyPairSpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyPairResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyPairWithoutPlaintextResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.InvalidKeyUsageException;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.ReEncryptResponse;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;

/**
 * GenerateDataKeyPair(WithoutPlaintext), GenerateRandom and ReEncrypt (between symmetric keys and
 * to and from RSA keys) through the real AWS SDK, with their documented errors.
 */
@RegionTest
@Order(3)
class DataKeyPairAndReEncryptIT {

    private static final byte[] MESSAGE = "strongroom data key pair it".getBytes(StandardCharsets.UTF_8);
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
    void dataKeyPairsDecryptToTheReturnedPrivateKey() throws Exception {
        String keyId = symmetricKey();
        Map<String, String> context = Map.of("use", "pair");
        GenerateDataKeyPairResponse pair = kms.generateDataKeyPair(r -> r.keyId(keyId)
                .keyPairSpec(DataKeyPairSpec.ECC_NIST_P256).encryptionContext(context));
        assertEquals(DataKeyPairSpec.ECC_NIST_P256, pair.keyPairSpec());
        assertArrayEquals(pair.privateKeyPlaintext().asByteArray(), kms.decrypt(r -> r
                .ciphertextBlob(pair.privateKeyCiphertextBlob()).encryptionContext(context)).plaintext().asByteArray());
        var privateKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pair.privateKeyPlaintext().asByteArray()));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey);
        signer.update(MESSAGE);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(pair.publicKey().asByteArray())));
        verifier.update(MESSAGE);
        assertTrue(verifier.verify(signature));

        GenerateDataKeyPairWithoutPlaintextResponse withoutPlaintext = kms.generateDataKeyPairWithoutPlaintext(r -> r
                .keyId(keyId).keyPairSpec(DataKeyPairSpec.RSA_2048));
        byte[] rsaPrivate = kms.decrypt(r -> r.ciphertextBlob(withoutPlaintext.privateKeyCiphertextBlob()))
                .plaintext().asByteArray();
        assertEquals("RSA", KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(rsaPrivate)).getAlgorithm());
        assertEquals(DataKeyPairSpec.ECC_SECG_P256_K1, kms.generateDataKeyPairWithoutPlaintext(r -> r.keyId(keyId)
                .keyPairSpec(DataKeyPairSpec.ECC_SECG_P256_K1)).keyPairSpec());

        assertThrows(UnsupportedOperationException.class, () -> kms.generateDataKeyPair(r -> r.keyId(keyId)
                .keyPairSpec(DataKeyPairSpec.SM2)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.generateDataKeyPair(r -> r
                .keyId(key(KeySpec.RSA_2048, KeyUsageType.ENCRYPT_DECRYPT)).keyPairSpec(DataKeyPairSpec.RSA_2048)));
    }

    @Test
    void generateRandomReturnsTheRequestedLength() {
        assertEquals(1, kms.generateRandom(r -> r.numberOfBytes(1)).plaintext().asByteArray().length);
        byte[] first = kms.generateRandom(r -> r.numberOfBytes(1024)).plaintext().asByteArray();
        assertEquals(1024, first.length);
        assertFalse(java.util.Arrays.equals(first, kms.generateRandom(r -> r.numberOfBytes(1024)).plaintext().asByteArray()));
        assertValidation(() -> kms.generateRandom(r -> r.numberOfBytes(0)));
        assertValidation(() -> kms.generateRandom(r -> r.numberOfBytes(1025)));
    }

    @Test
    void reEncryptMovesCiphertextBetweenSymmetricKeys() {
        String source = symmetricKey();
        String destination = kms.createKey(r -> r.description("it-reencrypt-destination")).keyMetadata().keyId();
        SdkBytes ciphertext = kms.encrypt(r -> r.keyId(source).plaintext(SdkBytes.fromByteArray(MESSAGE))
                .encryptionContext(Map.of("from", "source"))).ciphertextBlob();
        ReEncryptResponse moved = kms.reEncrypt(r -> r.ciphertextBlob(ciphertext)
                .sourceEncryptionContext(Map.of("from", "source")).destinationKeyId(destination)
                .destinationEncryptionContext(Map.of("to", "destination")));
        assertTrue(moved.sourceKeyId().endsWith(source));
        assertTrue(moved.keyId().endsWith(destination));
        DecryptResponse decrypted = kms.decrypt(r -> r.ciphertextBlob(moved.ciphertextBlob())
                .encryptionContext(Map.of("to", "destination")));
        assertArrayEquals(MESSAGE, decrypted.plaintext().asByteArray());
        assertTrue(decrypted.keyId().endsWith(destination));

        assertThrows(InvalidCiphertextException.class, () -> kms.reEncrypt(r -> r.ciphertextBlob(ciphertext)
                .destinationKeyId(destination)));
        assertThrows(IncorrectKeyException.class, () -> kms.reEncrypt(r -> r.ciphertextBlob(ciphertext)
                .sourceKeyId(destination).sourceEncryptionContext(Map.of("from", "source")).destinationKeyId(destination)));
        assertThrows(InvalidKeyUsageException.class, () -> kms.reEncrypt(r -> r.ciphertextBlob(ciphertext)
                .sourceEncryptionContext(Map.of("from", "source"))
                .destinationKeyId(key(KeySpec.HMAC_256, KeyUsageType.GENERATE_VERIFY_MAC))));
        assertThrows(InvalidKeyUsageException.class, () -> kms.reEncrypt(r -> r.ciphertextBlob(ciphertext)
                .sourceEncryptionContext(Map.of("from", "source")).destinationKeyId(destination)
                .destinationEncryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)));
    }

    @Test
    void reEncryptMovesCiphertextToAndFromRsaKeys() {
        String symmetric = symmetricKey();
        String rsa = key(KeySpec.RSA_2048, KeyUsageType.ENCRYPT_DECRYPT);
        SdkBytes ciphertext = kms.encrypt(r -> r.keyId(symmetric).plaintext(SdkBytes.fromByteArray(MESSAGE))
                .encryptionContext(Map.of("k", "v"))).ciphertextBlob();
        ReEncryptResponse toRsa = kms.reEncrypt(r -> r.ciphertextBlob(ciphertext).sourceEncryptionContext(Map.of("k", "v"))
                .destinationKeyId(rsa).destinationEncryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1));
        assertEquals(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1, toRsa.destinationEncryptionAlgorithm());
        assertArrayEquals(MESSAGE, kms.decrypt(r -> r.keyId(rsa).ciphertextBlob(toRsa.ciphertextBlob())
                .encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1)).plaintext().asByteArray());

        ReEncryptResponse back = kms.reEncrypt(r -> r.ciphertextBlob(toRsa.ciphertextBlob()).sourceKeyId(rsa)
                .sourceEncryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1).destinationKeyId(symmetric));
        assertEquals(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT, back.destinationEncryptionAlgorithm());
        assertArrayEquals(MESSAGE, kms.decrypt(r -> r.ciphertextBlob(back.ciphertextBlob())).plaintext().asByteArray());

        assertValidation(() -> kms.reEncrypt(r -> r.ciphertextBlob(toRsa.ciphertextBlob())
                .sourceEncryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1).destinationKeyId(symmetric)));
        assertThrows(InvalidCiphertextException.class, () -> kms.reEncrypt(r -> r.ciphertextBlob(toRsa.ciphertextBlob())
                .sourceKeyId(rsa).sourceEncryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256)
                .destinationKeyId(symmetric)));
        SdkBytes large = kms.encrypt(r -> r.keyId(symmetric).plaintext(SdkBytes.fromByteArray(new byte[215]))).ciphertextBlob();
        assertValidation(() -> kms.reEncrypt(r -> r.ciphertextBlob(large).destinationKeyId(rsa)
                .destinationEncryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1)));
    }

    /** One key per spec and usage for the whole class: RSA key generation takes seconds. */
    private static String key(KeySpec spec, KeyUsageType usage) {
        return KEYS.computeIfAbsent(spec + "/" + usage, k -> kms.createKey(r -> r.keySpec(spec).keyUsage(usage)
                .description("it-data-key-pair-" + k)).keyMetadata().keyId());
    }

    private static String symmetricKey() {
        return key(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
    }

    private static void assertValidation(Executable call) {
        KmsException e = assertThrows(KmsException.class, call);
        assertEquals("ValidationException", e.awsErrorDetails().errorCode(), e.getMessage());
    }
}
