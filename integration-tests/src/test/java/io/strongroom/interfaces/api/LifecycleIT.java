package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.CancelKeyDeletionResponse;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.InvalidArnException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.ScheduleKeyDeletionResponse;

/**
 * EnableKey, DisableKey, ScheduleKeyDeletion, CancelKeyDeletion and UpdateKeyDescription through
 * the real AWS SDK, with the errors the key-state table documents (KMS-SPEC §2.1, §3). The
 * deletion itself, once the window has passed, is KeyDeletionSweepIT's subject.
 */
@RegionTest
@Order(2)
class LifecycleIT {

    private static KmsClient kms;

    @BeforeAll
    static void connect(URI regionUri) {
        kms = KmsClients.sdk(regionUri);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void disableThenEnable() {
        KeyMetadata key = newKey();
        kms.disableKey(r -> r.keyId(key.keyId()));
        KeyMetadata disabled = describe(key.keyId());
        assertEquals(KeyState.DISABLED, disabled.keyState());
        assertFalse(disabled.enabled());
        DisabledException e = assertThrows(DisabledException.class, () -> encrypt(key.keyId()));
        assertEquals(409, e.statusCode());
        kms.disableKey(r -> r.keyId(key.arn()));

        kms.enableKey(r -> r.keyId(key.arn()));
        assertEquals(KeyState.ENABLED, describe(key.keyId()).keyState());
        assertTrue(describe(key.keyId()).enabled());
        encrypt(key.keyId());
        kms.enableKey(r -> r.keyId(key.keyId()));
    }

    @Test
    void scheduleThenCancelDeletion() {
        KeyMetadata key = newKey();
        Instant before = Instant.now();
        ScheduleKeyDeletionResponse scheduled = kms.scheduleKeyDeletion(r -> r.keyId(key.keyId()));
        assertEquals(key.arn(), scheduled.keyId());
        assertEquals(KeyState.PENDING_DELETION, scheduled.keyState());
        assertEquals(30, scheduled.pendingWindowInDays());
        assertCloseTo(before.plus(Duration.ofDays(30)), scheduled.deletionDate());

        KeyMetadata pending = describe(key.keyId());
        assertEquals(KeyState.PENDING_DELETION, pending.keyState());
        assertEquals(scheduled.deletionDate(), pending.deletionDate());
        assertFalse(pending.enabled());

        assertInvalidState(() -> kms.scheduleKeyDeletion(r -> r.keyId(key.keyId())));
        assertInvalidState(() -> encrypt(key.keyId()));
        assertInvalidState(() -> kms.enableKey(r -> r.keyId(key.keyId())));
        assertInvalidState(() -> kms.disableKey(r -> r.keyId(key.keyId())));
        assertInvalidState(() -> kms.updateKeyDescription(r -> r.keyId(key.keyId()).description("late")));

        CancelKeyDeletionResponse cancelled = kms.cancelKeyDeletion(r -> r.keyId(key.keyId()));
        assertEquals(key.arn(), cancelled.keyId());
        KeyMetadata back = describe(key.keyId());
        assertEquals(KeyState.DISABLED, back.keyState());
        assertNull(back.deletionDate());
        assertInvalidState(() -> kms.cancelKeyDeletion(r -> r.keyId(key.keyId())));
    }

    @Test
    void scheduleWithTheShortestWindowAndFromDisabled() {
        KeyMetadata key = newKey();
        kms.disableKey(r -> r.keyId(key.keyId()));
        Instant before = Instant.now();
        ScheduleKeyDeletionResponse scheduled = kms.scheduleKeyDeletion(r -> r.keyId(key.arn()).pendingWindowInDays(7));
        assertEquals(7, scheduled.pendingWindowInDays());
        assertCloseTo(before.plus(Duration.ofDays(7)), scheduled.deletionDate());
        kms.cancelKeyDeletion(r -> r.keyId(key.arn()));
    }

    @Test
    void pendingWindowOutsideSevenToThirtyIsValidationExceptionAndChangesNothing() {
        KeyMetadata key = newKey();
        for (int days : new int[] {6, 31}) {
            KmsException e = assertThrows(KmsException.class,
                    () -> kms.scheduleKeyDeletion(r -> r.keyId(key.keyId()).pendingWindowInDays(days)));
            assertEquals("ValidationException", e.awsErrorDetails().errorCode());
            assertTrue(e.getMessage().contains("pendingWindowInDays"), e.getMessage());
        }
        assertEquals(KeyState.ENABLED, describe(key.keyId()).keyState());
    }

    @Test
    void cancelOnAnEnabledKeyIsInvalidState() {
        KeyMetadata key = newKey();
        KmsInvalidStateException e = assertThrows(KmsInvalidStateException.class,
                () -> kms.cancelKeyDeletion(r -> r.keyId(key.keyId())));
        assertEquals(409, e.statusCode());
        assertEquals(KeyState.ENABLED, describe(key.keyId()).keyState());
    }

    @Test
    void updateKeyDescription() {
        KeyMetadata key = newKey();
        kms.updateKeyDescription(r -> r.keyId(key.keyId()).description("it-lifecycle-renamed"));
        assertEquals("it-lifecycle-renamed", describe(key.keyId()).description());
        kms.updateKeyDescription(r -> r.keyId(key.arn()).description(""));
        assertEquals("", describe(key.keyId()).description());

        KmsException tooLong = assertThrows(KmsException.class,
                () -> kms.updateKeyDescription(r -> r.keyId(key.keyId()).description("d".repeat(8193))));
        assertEquals("ValidationException", tooLong.awsErrorDetails().errorCode());
        assertEquals("", describe(key.keyId()).description());
    }

    @Test
    void unknownKeysAreNotFoundAndMalformedArnsInvalidArn() {
        String unknown = UUID.randomUUID().toString();
        String badArn = "arn:aws:kms:us-east-1:111122223333:nonsense";
        for (Executable call : new Executable[] {
            () -> kms.enableKey(r -> r.keyId(unknown)),
            () -> kms.disableKey(r -> r.keyId(unknown)),
            () -> kms.scheduleKeyDeletion(r -> r.keyId(unknown)),
            () -> kms.cancelKeyDeletion(r -> r.keyId(unknown)),
            () -> kms.updateKeyDescription(r -> r.keyId(unknown).description("x")),
            () -> kms.enableKey(r -> r.keyId("alias/it-lifecycle-missing-" + unknown))}) {
            assertEquals(404, assertThrows(NotFoundException.class, call).statusCode());
        }
        for (Executable call : new Executable[] {
            () -> kms.enableKey(r -> r.keyId(badArn)),
            () -> kms.disableKey(r -> r.keyId(badArn)),
            () -> kms.scheduleKeyDeletion(r -> r.keyId(badArn)),
            () -> kms.cancelKeyDeletion(r -> r.keyId(badArn)),
            () -> kms.updateKeyDescription(r -> r.keyId(badArn).description("x"))}) {
            assertThrows(InvalidArnException.class, call);
        }
    }

    /** The @Schedule wiring: the node's own timer (every minute) deletes a key whose date has passed. */
    @Test
    void theTimerDeletesADueKey() throws Exception {
        KeyMetadata key = newKey();
        kms.scheduleKeyDeletion(r -> r.keyId(key.keyId()).pendingWindowInDays(7));
        try (Connection db = TestDatabase.connect(); PreparedStatement update = db.prepareStatement(
                "update kms_key set deletion_date = now() - interval '1 second' where key_id = ?")) {
            update.setString(1, key.keyId());
            assertEquals(1, update.executeUpdate());
        }
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(giveUp)) {
            try {
                describe(key.keyId());
                Thread.sleep(2000);
            } catch (NotFoundException deleted) {
                return;
            }
        }
        throw new AssertionError("the deletion timer did not delete " + key.keyId() + " within 150 s");
    }

    private static KeyMetadata newKey() {
        return kms.createKey(r -> r.description("it-lifecycle")).keyMetadata();
    }

    private static KeyMetadata describe(String keyId) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    }

    private static void encrypt(String keyId) {
        assertNotNull(kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("lifecycle"))).ciphertextBlob());
    }

    private static void assertInvalidState(Executable call) {
        KmsInvalidStateException e = assertThrows(KmsInvalidStateException.class, call);
        assertEquals(409, e.statusCode());
    }

    private static void assertCloseTo(Instant expected, Instant actual) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(Duration.ofMinutes(2)) < 0,
                actual + " is not close to " + expected);
    }
}
