package io.strongroom.infrastructure.timer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.it.KmsClients;
import io.strongroom.it.PeerRegions;
import io.strongroom.it.PrivateRegion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.OriginType;

/**
 * Catch-up after a real restart: imported material whose ValidTo passes while the region is
 * stopped is deleted by the first sweeps after it starts again, for more keys than one sweep
 * batch, one audit event per key; the metadata survives, so the same material can come back.
 * A {@link PrivateRegion} (own database, own Micro) guarantees that no other node sweeps during
 * the downtime, which the shared region and Arquillian's Micro would.
 */
@Order(4)
class MaterialExpiryRestartIT {

    private static final int KEYS = 120;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final byte[] MESSAGE = "outlived by its key material".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void materialThatExpiredWhileTheRegionWasDownIsDeletedAfterItStarts() throws Exception {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        try (PrivateRegion region = PrivateRegion.create("expiry_restart_" + HexFormat.of().formatHex(suffix))) {
            List<String> keyIds = new ArrayList<>();
            byte[] firstMaterial = randomBytes(32);
            SdkBytes ciphertext;
            try (KmsClient kms = KmsClients.sdk(region.start())) {
                for (int i = 0; i < KEYS; i++) {
                    String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL).description("it-restart")).keyMetadata().keyId();
                    importMaterial(kms, keyId, i == 0 ? firstMaterial : randomBytes(32), Instant.now().plus(Duration.ofDays(1)));
                    keyIds.add(keyId);
                }
                ciphertext = kms.encrypt(r -> r.keyId(keyIds.get(0)).plaintext(SdkBytes.fromByteArray(MESSAGE))).ciphertextBlob();
            }
            region.stop();

            // The downtime: every ValidTo passes while no node runs, so nothing sweeps.
            try (Connection db = region.connect(); Statement sql = db.createStatement()) {
                sql.executeUpdate("update kms_key set valid_to = now() - interval '1 hour' where origin = 'EXTERNAL'");
                assertEquals(KEYS, number(sql, "select count(*) from key_material"), "no sweep while down");
                assertEquals(KEYS, number(sql, "select count(*) from kms_key where key_state = 'Enabled'"));
            }

            try (KmsClient kms = KmsClients.sdk(region.start())) {
                try (Connection db = region.connect(); Statement sql = db.createStatement()) {
                    long deadline = System.nanoTime() + PATIENCE.toNanos();
                    while (number(sql, "select count(*) from key_material") > 0 && System.nanoTime() < deadline) {
                        Thread.sleep(250);
                    }
                    assertEquals(0, number(sql, "select count(*) from key_material"), "material left after the restart");
                    assertEquals(KEYS, number(sql, "select count(*) from kms_key where key_state = 'PendingImport'"
                            + " and valid_to is null and current_material_version is null"));
                    assertEquals(KEYS, number(sql, "select count(distinct key_id) from audit_event"
                            + " where operation = 'DeleteExpiredKeyMaterial' and outcome = 'Success' and channel = 'timer'"));
                    assertEquals(KEYS, number(sql, "select count(*) from audit_event"
                            + " where operation = 'DeleteExpiredKeyMaterial' and outcome = 'Success'"), "one event per key");
                }
                assertEquals(KeyState.PENDING_IMPORT, kms.describeKey(r -> r.keyId(keyIds.get(KEYS - 1))).keyMetadata().keyState());
                assertThrows(KmsInvalidStateException.class, () -> kms.decrypt(r -> r.ciphertextBlob(ciphertext)));

                importMaterial(kms, keyIds.get(0), firstMaterial, null);
                assertArrayEquals(MESSAGE, kms.decrypt(r -> r.ciphertextBlob(ciphertext)).plaintext().asByteArray(),
                        "the same material brings the key back after the catch-up");
            }
        }
    }

    private static void importMaterial(KmsClient kms, String keyId, byte[] material, Instant validTo)
            throws GeneralSecurityException {
        PeerRegions.importMaterial(kms, keyId, material, validTo);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static long number(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
