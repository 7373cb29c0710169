package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.GetParametersForImportRequest;
import io.strongroom.client.ImportKeyMaterialRequest;
import io.strongroom.client.ImportParameters;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.it.SqlRows;
import io.strongroom.it.StrongroomDeployment;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Catch-up after downtime: material whose ValidTo passed while nobody swept (simulated by moving
 * valid_to into the past in the database, since the deadline lives there) is deleted by the sweep
 * however many keys it finds, more than one batch of them, one audit event per key, and a key
 * that cannot be handled does not stop the others. This node's own timer sweeps every second in
 * the tests, so the assertions are about the end state, not about which sweep did the work.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class MaterialExpirySweepIT {

    private static final CallerContext CALLER =
            new CallerContext("arn:aws:iam::111122223333:user/admin", "it-expiry-sweep", "internal", "ejb");
    private static final int KEYS = 250;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final byte[] MESSAGE = "expires while the region is down".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(MaterialExpirySweepIT.class, SqlRows.class);
    }

    @Inject
    KeyLifecycleService keys;
    @Inject
    KeyImportService imports;
    @Inject
    KeyStateService keyStates;
    @Inject
    CryptoOperations crypto;
    @Inject
    MaterialExpirySweep sweep;
    @Resource(lookup = "java:app/jdbc/strongroom")
    DataSource dataSource;
    private final SqlRows database = SqlRows.inContainer();

    @Test
    void materialThatExpiredDuringDowntimeIsDeletedForEveryKeyAcrossBatchesAndPastAFailingKey() throws Exception {
        assertTrue(KEYS > MaterialExpirySweep.BATCH_SIZE * 2, "more keys than two batches");
        String description = "expiry-sweep-it-" + UUID.randomUUID();
        List<String> keyIds = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            keyIds.add(importedKey(description));
        }
        Map<String, byte[]> ciphertexts = new HashMap<>();
        for (String keyId : List.of(keyIds.get(0), keyIds.get(KEYS / 2), keyIds.get(KEYS - 1))) {
            ciphertexts.put(keyId, crypto.encrypt(CALLER, new EncryptRequest(keyId, MESSAGE, Map.of(), null)).ciphertextBlob());
        }
        String failing = keyIds.get(KEYS / 3);
        byte[] failingCiphertext = crypto.encrypt(CALLER, new EncryptRequest(failing, MESSAGE, Map.of(), null)).ciphertextBlob();

        // A row the expiry does not know about keeps the failing key's material row from being deleted.
        database.execute("create table if not exists it_expiry_blocker (key_id varchar(64), material_version integer,"
                + " foreign key (key_id, material_version) references key_material (key_id, material_version))");
        try {
            database.execute("insert into it_expiry_blocker select key_id, material_version from key_material where key_id = ?", failing);
            // The downtime: every ValidTo passed an hour ago, and no sweep ran in between.
            database.execute("update kms_key set valid_to = now() - interval '1 hour' where description = ?", description);

            awaitSweptBut(description, 1);
            assertEquals(KEYS - 1, database.count("select count(*) from kms_key where description = ? and key_state = 'PendingImport'"
                    + " and valid_to is null and current_material_version is null", description));
            assertEquals(List.of(), keysWithoutExactlyOneExpiryEvent(description, failing));
            for (Map.Entry<String, byte[]> made : ciphertexts.entrySet()) {
                assertEquals("PendingImport", keys.describeKey(CALLER, made.getKey()).keyState());
                assertUnusable(made.getValue());
            }

            // The failing key rolled back alone and was recorded; its expired material is unusable all the same.
            assertEquals(1, database.count("select count(*) from key_material where key_id = ?", failing));
            assertEquals("Enabled", database.text("select key_state from kms_key where key_id = ?", failing));
            assertTrue(database.count("select count(*) from audit_event where key_id = ? and operation = 'DeleteExpiredKeyMaterial'"
                    + " and outcome = 'KMSInternalException' and channel = 'timer'", failing) >= 1);
            assertEquals(0, database.count("select count(*) from audit_event where key_id = ? and operation = 'DeleteExpiredKeyMaterial'"
                    + " and outcome = 'Success'", failing));
            assertEquals("PendingImport", keys.describeKey(CALLER, failing).keyState());
            assertUnusable(failingCiphertext);

            database.execute("delete from it_expiry_blocker where key_id = ?", failing);
            awaitSweptBut(description, 0);
            assertEquals(List.of(), keysWithoutExactlyOneExpiryEvent(description, null));
            assertNull(keys.describeKey(CALLER, failing).validTo());
        } finally {
            database.execute("drop table if exists it_expiry_blocker");
        }
    }

    @Test
    void aKeyPendingDeletionWhoseMaterialExpiresStaysPendingDeletion() throws Exception {
        String description = "expiry-sweep-it-deletion-" + UUID.randomUUID();
        String keyId = importedKey(description);
        Instant deletionDate = keyStates.scheduleKeyDeletion(CALLER, keyId, 7).deletionDate();
        database.execute("update kms_key set valid_to = now() - interval '1 minute' where key_id = ?", keyId);

        awaitSweptBut(description, 0);
        assertEquals("PendingDeletion", keys.describeKey(CALLER, keyId).keyState());
        assertEquals(deletionDate, keys.describeKey(CALLER, keyId).deletionDate());
        assertEquals(1, database.count("select count(*) from audit_event where key_id = ? and operation = 'DeleteExpiredKeyMaterial'"
                + " and outcome = 'Success'", keyId));
        // Cancelling the deletion finds no material: the key waits for the same material again.
        keyStates.cancelKeyDeletion(CALLER, keyId);
        assertEquals("PendingImport", keys.describeKey(CALLER, keyId).keyState());
    }

    /** Runs the sweep (next to this node's timer) until only `remaining` keys of the batch still hold material. */
    private void awaitSweptBut(String description, int remaining) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String holding = "select count(*) from kms_key k join key_material m on m.key_id = k.key_id where k.description = ?";
        while (database.count(holding, description) > remaining && System.nanoTime() < deadline) {
            sweep.sweep(Instant.now());
            Thread.sleep(200);
        }
        assertEquals(remaining, database.count(holding, description), "keys still holding expired material");
    }

    /** Keys of the batch (other than the one left out) whose successful expiry was not audited exactly once. */
    private List<String> keysWithoutExactlyOneExpiryEvent(String description, String except) throws SQLException {
        String sql = "select k.key_id, (select count(*) from audit_event a where a.key_id = k.key_id"
                + " and a.operation = 'DeleteExpiredKeyMaterial' and a.outcome = 'Success' and a.channel = 'timer')"
                + " from kms_key k where k.description = ?";
        List<String> wrong = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, description);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(1).equals(except) && rows.getLong(2) != 1) {
                        wrong.add(rows.getString(1) + "=" + rows.getLong(2));
                    }
                }
            }
        }
        return wrong;
    }

    private void assertUnusable(byte[] ciphertext) {
        KmsException refused = assertThrows(KmsException.class,
                () -> crypto.decrypt(CALLER, new DecryptRequest(ciphertext, Map.of(), null, null)));
        assertEquals(KmsError.KMSInvalidStateException, refused.error(), refused.getMessage());
    }

    /** An EXTERNAL symmetric key with 32 random bytes imported, expiring in a day. */
    private String importedKey(String description) throws GeneralSecurityException {
        String keyId = keys.createKey(CALLER, new CreateKeyRequest(description, null, null, "EXTERNAL", List.of())).keyId();
        ImportParameters parameters = imports.getParametersForImport(CALLER,
                new GetParametersForImportRequest(keyId, "RSAES_OAEP_SHA_256", "RSA_2048"));
        byte[] material = new byte[32];
        RANDOM.nextBytes(material);
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(Cipher.ENCRYPT_MODE, KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                parameters.publicKey())), new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT));
        imports.importKeyMaterial(CALLER, new ImportKeyMaterialRequest(keyId, parameters.importToken(),
                cipher.doFinal(material), Instant.now().plus(Duration.ofDays(1)), null));
        return keyId;
    }
}
