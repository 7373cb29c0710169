package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.OpensslKeyMaterial;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestDatabase;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * Imported material with a ValidTo a few seconds ahead, in a region whose expiry sweep runs every
 * {@value TestRegion#EXPIRY_SWEEP_SECONDS} s: unusable from its ValidTo on, then deleted by the
 * sweep (key PendingImport, material row gone, one audit event), with one expiry warning recorded
 * before; the same material imported again brings the old ciphertexts back.
 */
@RegionTest
@Order(3)
class ImportExpiryIT {

    private static final byte[] MESSAGE = "expires soon".getBytes(StandardCharsets.UTF_8);
    private static final AlgorithmSpec ALGORITHM = AlgorithmSpec.RSAES_OAEP_SHA_1;

    @Test
    void materialExpiresIsSweptAndComesBackWhenImportedAgain(URI endpoint) throws Exception {
        OpensslKeyMaterial openssl = new OpensslKeyMaterial(Files.createTempDirectory(TestRegion.workDirectory(), "expiry-"));
        byte[] material = OpensslKeyMaterial.randomBytes(32);
        try (KmsClient kms = KmsClients.sdk(endpoint)) {
            String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL).description("it-expiry")).keyMetadata().keyId();
            Instant validTo = Instant.now().plusSeconds(4);
            importMaterial(kms, openssl, keyId, material, validTo);
            SdkBytes ciphertext = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(MESSAGE))).ciphertextBlob();

            waitFor(Duration.ofSeconds(20), () -> Instant.now().isAfter(validTo));
            // From its ValidTo on the material is unusable, whether or not the sweep has run yet.
            assertThrows(KmsInvalidStateException.class, () -> kms.decrypt(r -> r.ciphertextBlob(ciphertext)));
            assertEquals(KeyState.PENDING_IMPORT, describe(kms, keyId).keyState());

            waitFor(Duration.ofSeconds(20), () -> materialRows(keyId) == 0);
            KeyMetadata swept = describe(kms, keyId);
            assertEquals(KeyState.PENDING_IMPORT, swept.keyState());
            assertNull(swept.validTo());
            assertEquals(1, auditEvents(keyId, "DeleteExpiredKeyMaterial"), "one audit event for the expiry");
            assertEquals(1, auditEvents(keyId, "KeyMaterialExpiresSoon"), "one warning before the expiry");

            importMaterial(kms, openssl, keyId, material, null);
            assertEquals(KeyState.ENABLED, describe(kms, keyId).keyState());
            assertArrayEquals(MESSAGE, kms.decrypt(r -> r.ciphertextBlob(ciphertext)).plaintext().asByteArray());
        }
    }

    private static void importMaterial(KmsClient kms, OpensslKeyMaterial openssl, String keyId, byte[] material, Instant validTo) {
        GetParametersForImportResponse parameters = kms.getParametersForImport(r -> r.keyId(keyId)
                .wrappingAlgorithm(ALGORITHM).wrappingKeySpec(WrappingKeySpec.RSA_2048));
        byte[] wrapped = openssl.wrap(ALGORITHM.toString(), parameters.publicKey().asByteArray(), material);
        kms.importKeyMaterial(r -> r.keyId(keyId).importToken(parameters.importToken()).validTo(validTo)
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped)));
    }

    private static KeyMetadata describe(KmsClient kms, String keyId) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    }

    private static int materialRows(String keyId) {
        return count("select count(*) from key_material where key_id = ?", keyId, null);
    }

    private static int auditEvents(String keyId, String operation) {
        return count("select count(*) from audit_event where key_id = ? and operation = ? and outcome = 'Success'",
                keyId, operation);
    }

    private static int count(String sql, String keyId, String operation) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, keyId);
            if (operation != null) {
                query.setString(2, operation);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not reached within " + limit);
            Thread.sleep(200);
        }
    }
}
