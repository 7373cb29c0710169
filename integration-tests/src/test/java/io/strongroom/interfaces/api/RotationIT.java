package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.domain.CiphertextBlob;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestDatabase;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.GetKeyRotationStatusResponse;
import software.amazon.awssdk.services.kms.model.InvalidMarkerException;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.LimitExceededException;
import software.amazon.awssdk.services.kms.model.ListKeyRotationsResponse;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.RotationType;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;

/**
 * Key rotation through the real AWS SDK: the automatic-rotation settings, on-demand rotation
 * (older ciphertexts keep decrypting, new ones use the new material), ListKeyRotations paging, the
 * 10 on-demand rotations limit and the documented errors. Key states the lifecycle operations
 * would reach are set in the database directly, so this class depends on no other operation.
 */
@RegionTest
@Order(3)
class RotationIT {

    private static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

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
    void enableThenStatusThenChangePeriodThenDisable() {
        String keyId = newKey();
        GetKeyRotationStatusResponse off = kms.getKeyRotationStatus(r -> r.keyId(keyId));
        assertFalse(off.keyRotationEnabled());
        assertEquals(keyId, off.keyId());
        assertNull(off.rotationPeriodInDays());
        assertNull(off.nextRotationDate());

        Instant enabledAt = Instant.now();
        kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(180));
        GetKeyRotationStatusResponse on = kms.getKeyRotationStatus(r -> r.keyId(keyId));
        assertTrue(on.keyRotationEnabled());
        assertEquals(180, on.rotationPeriodInDays());
        assertNull(on.onDemandRotationStartDate());
        assertAbout(enabledAt.plus(Duration.ofDays(180)), on.nextRotationDate());

        // A new period counts from the same start: no period given means 365 days.
        kms.enableKeyRotation(r -> r.keyId("arn:aws:kms:" + TestRegion.REGION + ":" + TestRegion.ACCOUNT_ID + ":key/" + keyId));
        GetKeyRotationStatusResponse changed = kms.getKeyRotationStatus(r -> r.keyId(keyId));
        assertEquals(365, changed.rotationPeriodInDays());
        assertEquals(on.nextRotationDate().plus(Duration.ofDays(365 - 180)), changed.nextRotationDate());

        kms.disableKeyRotation(r -> r.keyId(keyId));
        GetKeyRotationStatusResponse disabled = kms.getKeyRotationStatus(r -> r.keyId(keyId));
        assertFalse(disabled.keyRotationEnabled());
        assertNull(disabled.rotationPeriodInDays());
        assertNull(disabled.nextRotationDate());
        assertTrue(kms.listKeyRotations(r -> r.keyId(keyId)).rotations().isEmpty(), "enabling is not a rotation");
    }

    @Test
    void onDemandRotationKeepsOldCiphertextsDecryptableAndEncryptsWithTheNewMaterial() {
        String keyId = newKey();
        SdkBytes before = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("before"))).ciphertextBlob();
        assertEquals(1, CiphertextBlob.parse(before.asByteArray()).materialVersion());
        ListKeyRotationsResponse none = kms.listKeyRotations(r -> r.keyId(keyId));
        assertTrue(none.rotations().isEmpty(), "the creation material is not a rotation");
        assertFalse(none.truncated());

        Instant rotatedAt = Instant.now();
        assertEquals(keyId, kms.rotateKeyOnDemand(r -> r.keyId(keyId)).keyId());

        List<RotationsListEntry> rotations = kms.listKeyRotations(r -> r.keyId(keyId)).rotations();
        assertEquals(1, rotations.size());
        assertEquals(keyId, rotations.get(0).keyId());
        assertEquals(RotationType.ON_DEMAND, rotations.get(0).rotationType());
        assertAbout(rotatedAt, rotations.get(0).rotationDate());
        assertFalse(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled(),
                "on-demand rotation does not turn on automatic rotation");

        SdkBytes after = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("after"))).ciphertextBlob();
        assertEquals(2, CiphertextBlob.parse(after.asByteArray()).materialVersion());
        assertEquals("before", kms.decrypt(r -> r.ciphertextBlob(before)).plaintext().asUtf8String());
        assertEquals("after", kms.decrypt(r -> r.ciphertextBlob(after)).plaintext().asUtf8String());
    }

    @Test
    void tenOnDemandRotationsArePagedAndAnEleventhIsRefused() {
        String keyId = newKey();
        for (int i = 0; i < 10; i++) {
            kms.rotateKeyOnDemand(r -> r.keyId(keyId));
        }
        List<RotationsListEntry> all = new ArrayList<>();
        String marker = null;
        List<Integer> pageSizes = new ArrayList<>();
        do {
            String from = marker;
            ListKeyRotationsResponse page = kms.listKeyRotations(r -> r.keyId(keyId).limit(4).marker(from));
            pageSizes.add(page.rotations().size());
            all.addAll(page.rotations());
            marker = page.truncated() ? page.nextMarker() : null;
            assertEquals(page.truncated(), page.nextMarker() != null);
        } while (marker != null);
        assertEquals(List.of(4, 4, 2), pageSizes);
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).rotationDate().isBefore(all.get(i - 1).rotationDate()), "oldest first");
        }

        LimitExceededException e = assertThrows(LimitExceededException.class, () -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)));
        assertEquals(400, e.statusCode());
        assertEquals(10, kms.listKeyRotations(r -> r.keyId(keyId)).rotations().size(), "the refused rotation changed nothing");
        SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x"))).ciphertextBlob();
        assertEquals(11, CiphertextBlob.parse(blob.asByteArray()).materialVersion());
        assertThrows(InvalidMarkerException.class, () -> kms.listKeyRotations(r -> r.keyId(keyId).marker("not-a-marker")));
    }

    @Test
    void rotationPeriodOutside90To2560IsValidationExceptionAndChangesNothing() {
        String keyId = newKey();
        for (int days : new int[] {89, 2561}) {
            KmsException e = assertThrows(KmsException.class,
                    () -> kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(days)));
            assertEquals("ValidationException", e.awsErrorDetails().errorCode());
            assertTrue(e.awsErrorDetails().errorMessage().contains("rotationPeriodInDays"), e.getMessage());
        }
        assertFalse(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled());
        kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));
        kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(2560));
        assertEquals(2560, kms.getKeyRotationStatus(r -> r.keyId(keyId)).rotationPeriodInDays());
    }

    @Test
    void unknownKeysAndAliasesAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        NotFoundException e = assertThrows(NotFoundException.class, () -> kms.enableKeyRotation(r -> r.keyId(unknown)));
        assertEquals(404, e.statusCode());
        assertThrows(NotFoundException.class, () -> kms.disableKeyRotation(r -> r.keyId(unknown)));
        assertThrows(NotFoundException.class, () -> kms.getKeyRotationStatus(r -> r.keyId(unknown)));
        assertThrows(NotFoundException.class, () -> kms.rotateKeyOnDemand(r -> r.keyId(unknown)));
        assertThrows(NotFoundException.class, () -> kms.listKeyRotations(r -> r.keyId(unknown)));
        assertThrows(NotFoundException.class, () -> kms.getKeyRotationStatus(r -> r.keyId("alias/rotation-it")));
    }

    @Test
    void aDisabledKeyKeepsItsSettingsButCannotRotateOnDemand() throws Exception {
        String keyId = newKey();
        kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(400));
        setKeyState(keyId, "Disabled");
        kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(500));
        assertTrue(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled());
        DisabledException e = assertThrows(DisabledException.class, () -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)));
        assertEquals(409, e.statusCode());
        assertTrue(kms.listKeyRotations(r -> r.keyId(keyId)).rotations().isEmpty());
    }

    @Test
    void aKeyPendingDeletionReportsRotationOffAndRefusesChanges() throws Exception {
        String keyId = newKey();
        kms.enableKeyRotation(r -> r.keyId(keyId));
        setKeyState(keyId, "PendingDeletion");
        assertFalse(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled());
        assertThrows(KmsInvalidStateException.class, () -> kms.enableKeyRotation(r -> r.keyId(keyId)));
        assertThrows(KmsInvalidStateException.class, () -> kms.disableKeyRotation(r -> r.keyId(keyId)));
        assertThrows(KmsInvalidStateException.class, () -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)));
        // Cancelling the deletion (here: back to Disabled) brings the kept schedule back.
        setKeyState(keyId, "Disabled");
        assertTrue(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled());
    }

    @Test
    void keysOtherThanSymmetricEncryptionKeysAreUnsupported() {
        String hmacKey;
        try {
            hmacKey = kms.createKey(r -> r.keySpec(KeySpec.HMAC_256).keyUsage(KeyUsageType.GENERATE_VERIFY_MAC)
                    .description("it-rotation-hmac")).keyMetadata().keyId();
        } catch (UnsupportedOperationException notYetOffered) {
            Assumptions.abort("this build cannot create HMAC keys; KeyRotationRulesTest covers the refusal");
            return;
        }
        assertThrows(UnsupportedOperationException.class, () -> kms.enableKeyRotation(r -> r.keyId(hmacKey)));
        assertThrows(UnsupportedOperationException.class, () -> kms.disableKeyRotation(r -> r.keyId(hmacKey)));
        assertThrows(UnsupportedOperationException.class, () -> kms.getKeyRotationStatus(r -> r.keyId(hmacKey)));
        assertThrows(UnsupportedOperationException.class, () -> kms.rotateKeyOnDemand(r -> r.keyId(hmacKey)));
        assertThrows(UnsupportedOperationException.class, () -> kms.listKeyRotations(r -> r.keyId(hmacKey)));
    }

    private static String newKey() {
        String keyId = kms.createKey(r -> r.description("it-rotation")).keyMetadata().keyId();
        assertNotNull(keyId);
        return keyId;
    }

    /** Puts a key in a state the lifecycle operations would reach, without depending on them. */
    private static void setKeyState(String keyId, String state) throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement update = db.prepareStatement("update kms_key set key_state = ? where key_id = ?")) {
            update.setString(1, state);
            update.setString(2, keyId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static void assertAbout(Instant expected, Instant actual) {
        assertNotNull(actual);
        assertTrue(Duration.between(expected, actual).abs().compareTo(CLOCK_SLACK) < 0,
                "expected about " + expected + " but was " + actual);
    }
}
