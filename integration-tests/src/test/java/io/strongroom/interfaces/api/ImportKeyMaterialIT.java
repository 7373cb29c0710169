package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.DatabaseDump;
import io.strongroom.it.KmsClients;
import io.strongroom.it.OpensslKeyMaterial;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestDatabase;
import io.strongroom.it.TestRegion;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyMaterialException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.InvalidImportTokenException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * The import semantics of KMS-SPEC §2.4 through the AWS SDK: same-material reimport, deletion
 * and reimport making old ciphertexts decrypt again, the expiry sweep, and every error, each
 * leaving the key exactly as it was.
 */
@RegionTest
@Order(3)
class ImportKeyMaterialIT {

    private static final AlgorithmSpec OAEP_256 = AlgorithmSpec.RSAES_OAEP_SHA_256;
    private static final byte[] MESSAGE = "bring your own key".getBytes(StandardCharsets.UTF_8);

    private static KmsClient kms;
    private static OpensslKeyMaterial openssl;

    @BeforeAll
    static void connect(URI endpoint) throws IOException {
        kms = KmsClients.sdk(endpoint);
        openssl = new OpensslKeyMaterial(Files.createTempDirectory(TestRegion.workDirectory(), "import-"));
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void describeKeyShowsTheImportFieldsAndGetParametersAnswersTheKeyArn() {
        String keyId = externalKey();
        KeyMetadata pending = describe(keyId);
        assertEquals(KeyState.PENDING_IMPORT, pending.keyState());
        assertEquals(OriginType.EXTERNAL, pending.origin());
        GetParametersForImportResponse parameters = parameters(keyId, OAEP_256, WrappingKeySpec.RSA_3072);
        assertEquals(pending.arn(), parameters.keyId());
        Instant validTo = parameters.parametersValidTo();
        assertTrue(Duration.between(Instant.now(), validTo).compareTo(Duration.ofHours(23)) > 0, "valid 24 h: " + validTo);

        Instant expiry = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        kms.importKeyMaterial(r -> r.keyId(keyId).importToken(parameters.importToken()).validTo(expiry)
                .encryptedKeyMaterial(wrap(parameters, OAEP_256, OpensslKeyMaterial.randomBytes(32))));
        KeyMetadata imported = describe(keyId);
        assertEquals(KeyState.ENABLED, imported.keyState());
        assertEquals(ExpirationModelType.KEY_MATERIAL_EXPIRES, imported.expirationModel());
        assertEquals(expiry, imported.validTo());
    }

    @Test
    void onlyTheSameMaterialCanBeImportedAgainAndItMayChangeTheExpiry() {
        String keyId = externalKey();
        byte[] material = OpensslKeyMaterial.randomBytes(32);
        importMaterial(keyId, material, null);
        SdkBytes ciphertext = encrypt(keyId);

        KeyMetadata before = describe(keyId);
        assertRefusedUnchanged(keyId, IncorrectKeyMaterialException.class,
                () -> importMaterial(keyId, OpensslKeyMaterial.randomBytes(32), null));
        assertArrayEquals(MESSAGE, decrypt(ciphertext), "the refused import left the material in place");

        Instant expiry = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        importMaterial(keyId, material, expiry);
        assertEquals(expiry, describe(keyId).validTo());
        assertEquals(before.keyState(), describe(keyId).keyState());
        assertArrayEquals(MESSAGE, decrypt(ciphertext));
    }

    @Test
    void deletedMaterialComesBackOnlyAsTheSameMaterialAndOldCiphertextsDecryptAgain() {
        String keyId = externalKey();
        byte[] material = OpensslKeyMaterial.randomBytes(32);
        importMaterial(keyId, material, null);
        SdkBytes ciphertext = encrypt(keyId);

        assertEquals(describe(keyId).arn(), kms.deleteImportedKeyMaterial(r -> r.keyId(keyId)).keyId());
        KeyMetadata deleted = describe(keyId);
        assertEquals(KeyState.PENDING_IMPORT, deleted.keyState());
        assertNull(deleted.validTo());
        assertThrows(KmsInvalidStateException.class, () -> encrypt(keyId));
        assertThrows(KmsInvalidStateException.class, () -> decrypt(ciphertext));

        assertRefusedUnchanged(keyId, IncorrectKeyMaterialException.class,
                () -> importMaterial(keyId, OpensslKeyMaterial.randomBytes(32), null));
        importMaterial(keyId, material, null);
        assertEquals(KeyState.ENABLED, describe(keyId).keyState());
        assertArrayEquals(MESSAGE, decrypt(ciphertext), "a ciphertext from before the deletion decrypts again");
    }

    @Test
    void tokensAreBoundToTheirKeyTamperEvidentAndSingleUse() {
        String keyId = externalKey();
        String otherKeyId = externalKey();
        byte[] material = OpensslKeyMaterial.randomBytes(32);
        GetParametersForImportResponse parameters = parameters(keyId, OAEP_256, WrappingKeySpec.RSA_2048);
        SdkBytes wrapped = wrap(parameters, OAEP_256, material);

        assertRefusedUnchanged(otherKeyId, InvalidImportTokenException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(otherKeyId).importToken(parameters.importToken()).encryptedKeyMaterial(wrapped)));
        byte[] tampered = parameters.importToken().asByteArray();
        tampered[tampered.length / 2] ^= 0x01;
        assertRefusedUnchanged(keyId, InvalidImportTokenException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(keyId).importToken(SdkBytes.fromByteArray(tampered)).encryptedKeyMaterial(wrapped)));

        kms.importKeyMaterial(r -> r.keyId(keyId).importToken(parameters.importToken()).encryptedKeyMaterial(wrapped));
        kms.deleteImportedKeyMaterial(r -> r.keyId(keyId));
        assertRefusedUnchanged(keyId, InvalidImportTokenException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(keyId).importToken(parameters.importToken()).encryptedKeyMaterial(wrapped)));
    }

    @Test
    void materialThatDoesNotUnwrapOrDoesNotFitTheKeyIsRefused() {
        String keyId = externalKey();
        GetParametersForImportResponse first = parameters(keyId, OAEP_256, WrappingKeySpec.RSA_2048);
        GetParametersForImportResponse second = parameters(keyId, OAEP_256, WrappingKeySpec.RSA_2048);
        // Wrapped under the other pair's public key: cannot be unwrapped with the token's private key.
        SdkBytes underOtherKey = wrap(second, OAEP_256, OpensslKeyMaterial.randomBytes(32));
        assertRefusedUnchanged(keyId, InvalidCiphertextException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(keyId).importToken(first.importToken()).encryptedKeyMaterial(underOtherKey)));
        // The right key, the wrong algorithm: OAEP SHA-1 where the token says SHA-256.
        SdkBytes wrongAlgorithm = wrap(first, AlgorithmSpec.RSAES_OAEP_SHA_1, OpensslKeyMaterial.randomBytes(32));
        assertRefusedUnchanged(keyId, InvalidCiphertextException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(keyId).importToken(first.importToken()).encryptedKeyMaterial(wrongAlgorithm)));
        SdkBytes tooShort = wrap(first, OAEP_256, OpensslKeyMaterial.randomBytes(31));
        KmsException refusal = assertRefusedUnchanged(keyId, IncorrectKeyMaterialException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(keyId).importToken(first.importToken()).encryptedKeyMaterial(tooShort)));
        assertTrue(refusal.awsErrorDetails().errorMessage().contains("32"), refusal.awsErrorDetails().errorMessage());

        String eccKeyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL).keySpec(KeySpec.ECC_NIST_P384)
                .keyUsage(KeyUsageType.SIGN_VERIFY)).keyMetadata().keyId();
        GetParametersForImportResponse ecc = parameters(eccKeyId, AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_256, WrappingKeySpec.RSA_3072);
        SdkBytes wrongCurve = wrap(ecc, AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_256, openssl.ecPrivateKey("P-256"));
        assertRefusedUnchanged(eccKeyId, IncorrectKeyMaterialException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(eccKeyId).importToken(ecc.importToken()).encryptedKeyMaterial(wrongCurve)));
    }

    @Test
    void keysOfOriginAwsKmsHaveNoImportAndBadExpiriesAreValidationErrors() {
        String generated = kms.createKey(r -> r.description("it-import-generated")).keyMetadata().keyId();
        assertThrows(UnsupportedOperationException.class, () -> parameters(generated, OAEP_256, WrappingKeySpec.RSA_2048));
        assertThrows(UnsupportedOperationException.class, () -> kms.deleteImportedKeyMaterial(r -> r.keyId(generated)));

        String keyId = externalKey();
        GetParametersForImportResponse parameters = parameters(keyId, OAEP_256, WrappingKeySpec.RSA_2048);
        SdkBytes wrapped = wrap(parameters, OAEP_256, OpensslKeyMaterial.randomBytes(32));
        KmsException past = assertRefusedUnchanged(keyId, KmsException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(keyId).importToken(parameters.importToken()).encryptedKeyMaterial(wrapped)
                .validTo(Instant.now().minusSeconds(60))));
        assertEquals("ValidationException", past.awsErrorDetails().errorCode());
        KmsException missing = assertRefusedUnchanged(keyId, KmsException.class, () -> kms.importKeyMaterial(r -> r
                .keyId(keyId).importToken(parameters.importToken()).encryptedKeyMaterial(wrapped)
                .expirationModel(ExpirationModelType.KEY_MATERIAL_EXPIRES)));
        assertEquals("ValidationException", missing.awsErrorDetails().errorCode());
        assertTrue(missing.awsErrorDetails().errorMessage().contains("validTo"), missing.awsErrorDetails().errorMessage());
        KmsException deprecated = assertThrows(KmsException.class, () -> parameters(keyId, AlgorithmSpec.RSAES_PKCS1_V1_5,
                WrappingKeySpec.RSA_2048));
        assertEquals("ValidationException", deprecated.awsErrorDetails().errorCode());
    }

    @Test
    void twoKeysWithTheSameMaterialCannotDecryptEachOthersCiphertexts() {
        byte[] material = OpensslKeyMaterial.randomBytes(32);
        String first = externalKey();
        String second = externalKey();
        importMaterial(first, material, null);
        importMaterial(second, material, null);
        SdkBytes ciphertext = encrypt(first);
        KmsException refused = assertThrows(KmsException.class, () -> kms.decrypt(r -> r.keyId(second).ciphertextBlob(ciphertext)));
        assertTrue(refused.awsErrorDetails().errorCode().equals("IncorrectKeyException")
                || refused.awsErrorDetails().errorCode().equals("InvalidCiphertextException"), refused.awsErrorDetails().errorCode());
    }

    @Test
    void importedMaterialNeverReachesTheDatabase() throws Exception {
        byte[] symmetric = OpensslKeyMaterial.randomBytes(32);
        importMaterial(externalKey(), symmetric, null);
        byte[] hmac = OpensslKeyMaterial.randomBytes(64);
        String hmacKey = kms.createKey(r -> r.origin(OriginType.EXTERNAL).keySpec(KeySpec.HMAC_512)
                .keyUsage(KeyUsageType.GENERATE_VERIFY_MAC)).keyMetadata().keyId();
        GetParametersForImportResponse parameters = parameters(hmacKey, OAEP_256, WrappingKeySpec.RSA_2048);
        kms.importKeyMaterial(r -> r.keyId(hmacKey).importToken(parameters.importToken())
                .encryptedKeyMaterial(wrap(parameters, OAEP_256, hmac)));

        DatabaseDump dump;
        try (var connection = TestDatabase.connect()) {
            dump = DatabaseDump.of(connection);
        }
        for (byte[] material : new byte[][] {symmetric, hmac}) {
            for (byte[] needle : new byte[][] {material, HexFormat.of().formatHex(material).getBytes(StandardCharsets.US_ASCII),
                    Base64.getEncoder().encode(material)}) {
                assertEquals(java.util.List.of(), dump.containing(needle).stream().map(c -> c.table() + "." + c.column()).toList(),
                        "imported material stored in plaintext");
            }
        }
    }

    static String externalKey() {
        return kms.createKey(r -> r.origin(OriginType.EXTERNAL).description("it-import")).keyMetadata().keyId();
    }

    static GetParametersForImportResponse parameters(String keyId, AlgorithmSpec algorithm, WrappingKeySpec spec) {
        return kms.getParametersForImport(r -> r.keyId(keyId).wrappingAlgorithm(algorithm).wrappingKeySpec(spec));
    }

    static SdkBytes wrap(GetParametersForImportResponse parameters, AlgorithmSpec algorithm, byte[] material) {
        return SdkBytes.fromByteArray(openssl.wrap(algorithm.toString(), parameters.publicKey().asByteArray(), material));
    }

    private static void importMaterial(String keyId, byte[] material, Instant validTo) {
        GetParametersForImportResponse parameters = parameters(keyId, OAEP_256, WrappingKeySpec.RSA_2048);
        kms.importKeyMaterial(r -> r.keyId(keyId).importToken(parameters.importToken()).validTo(validTo)
                .encryptedKeyMaterial(wrap(parameters, OAEP_256, material)));
    }

    private static SdkBytes encrypt(String keyId) {
        return kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(MESSAGE))).ciphertextBlob();
    }

    private static byte[] decrypt(SdkBytes ciphertext) {
        return kms.decrypt(r -> r.ciphertextBlob(ciphertext)).plaintext().asByteArray();
    }

    private static KeyMetadata describe(String keyId) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    }

    /** The call fails with the expected error and DescribeKey answers exactly what it did before. */
    private static <T extends KmsException> T assertRefusedUnchanged(String keyId, Class<T> expected, Executable call) {
        KeyMetadata before = describe(keyId);
        T refusal = assertThrows(expected, call);
        assertEquals(before, describe(keyId), "a refused call changed the key");
        assertFalse(refusal.awsErrorDetails().errorMessage().isBlank());
        return refusal;
    }
}
