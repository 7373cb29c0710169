package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.KeyRotationEntry;
import io.strongroom.client.KeyRotationStatus;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.it.StrongroomDeployment;
import io.strongroom.it.SystemTransaction;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The automatic-rotation sweep inside Payara Micro, against PostgreSQL, without waiting for a
 * year: the test moves a key's next rotation date into the past and runs the sweep the timer runs.
 * The node's own timer may sweep first; the assertions hold either way, because they look at what
 * the database holds afterwards, not at who rotated.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class KeyRotationSweepIT {

    // The bootstrap administrator: key policies and identity policies are another test's subject.
    private static final CallerContext CALLER =
            new CallerContext("arn:aws:iam::111122223333:user/admin", "it-rotation-sweep", "internal", "ejb");

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(KeyRotationSweepIT.class, SystemTransaction.class);
    }

    @Inject
    KeyLifecycleService keys;
    @Inject
    CryptoOperations crypto;
    @Inject
    KeyRotationService rotation;
    @Inject
    KeyRotationSweep sweep;
    @Inject
    KeyRotationRepository rotations;
    @Inject
    KeyRepository keyRepository;
    @Inject
    KeyStateService keyStates;
    @Inject
    KeyDeletionSweep deletionSweep;
    @Inject
    UserTransaction transaction;

    @Test
    void aDueKeyRotatesOnceAndIsScheduledOnePeriodAfterTheRotation() throws Exception {
        String keyId = newKey();
        byte[] before = encrypt(keyId, "before");
        rotation.enableKeyRotation(CALLER, keyId, 90);
        inTransaction(() -> moveNextRotation(keyId, Instant.now().minus(Duration.ofDays(1))));

        KeyRotationSweep.Result first = sweep.rotateDueKeys(Instant.now());
        assertEquals(0, first.failed());

        List<KeyRotationEntry> done = rotation.listKeyRotations(CALLER, keyId, null, null).rotations();
        assertEquals(1, done.size());
        assertEquals("AUTOMATIC", done.get(0).rotationType());
        KeyRotationStatus status = rotation.getKeyRotationStatus(CALLER, keyId);
        assertTrue(status.keyRotationEnabled());
        assertEquals(done.get(0).rotationDate().plus(Duration.ofDays(90)), status.nextRotationDate());

        byte[] after = encrypt(keyId, "after");
        assertEquals(2, CiphertextBlob.parse(after).materialVersion());
        assertEquals("before", decrypt(before));
        assertEquals("after", decrypt(after));

        sweep.rotateDueKeys(Instant.now());
        assertEquals(1, rotation.listKeyRotations(CALLER, keyId, null, null).rotations().size(), "not due any more");
    }

    @Test
    void aDisabledKeyKeepsItsDateAndRotatesWhenEnabledAgain() throws Exception {
        String keyId = newKey();
        rotation.enableKeyRotation(CALLER, keyId, null);
        Instant due = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
        inTransaction(() -> {
            moveNextRotation(keyId, due);
            setState(keyId, "Disabled");
        });

        sweep.rotateDueKeys(Instant.now());
        assertEquals(0, rotation.listKeyRotations(CALLER, keyId, null, null).rotations().size());
        assertEquals(due, rotation.getKeyRotationStatus(CALLER, keyId).nextRotationDate());

        inTransaction(() -> setState(keyId, "Enabled"));
        sweep.rotateDueKeys(Instant.now());
        assertEquals(1, rotation.listKeyRotations(CALLER, keyId, null, null).rotations().size());
        assertTrue(rotation.getKeyRotationStatus(CALLER, keyId).nextRotationDate().isAfter(Instant.now().plus(Duration.ofDays(364))));
    }

    @Test
    void aFailingKeyDoesNotStopTheSweep() throws Exception {
        String failing = newKey();
        String healthy = newKey();
        rotation.rotateKeyOnDemand(CALLER, failing);
        rotation.enableKeyRotation(CALLER, failing, null);
        rotation.enableKeyRotation(CALLER, healthy, null);
        Instant due = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        // A broken key: its current version points back at version 1, so its next rotation collides with version 2.
        inTransaction(() -> {
            moveNextRotation(failing, due);
            moveNextRotation(healthy, due);
            keyRepository.findById(failing).orElseThrow().record().setCurrentMaterialVersion(1);
        });
        try {
            KeyRotationSweep.Result result = sweep.rotateDueKeys(Instant.now());
            // This node's own timer may have met the broken key first; then the sweep skipped it.
            assertTrue(result.failed() + result.skipped() >= 1, result.toString());

            assertEquals(List.of("AUTOMATIC"), rotation.listKeyRotations(CALLER, healthy, null, null).rotations()
                    .stream().map(KeyRotationEntry::rotationType).toList());
            assertEquals(List.of("ON_DEMAND"), rotation.listKeyRotations(CALLER, failing, null, null).rotations()
                    .stream().map(KeyRotationEntry::rotationType).toList());
            assertEquals(due, rotation.getKeyRotationStatus(CALLER, failing).nextRotationDate(), "still due");
        } finally {
            inTransaction(() -> keyRepository.findById(failing).orElseThrow().record().setCurrentMaterialVersion(2));
            rotation.disableKeyRotation(CALLER, failing);
        }
    }

    @Test
    void theDeletionSweeperDeletesAKeyWithRotationsAndASchedule() throws Exception {
        String keyId = newKey();
        rotation.rotateKeyOnDemand(CALLER, keyId);
        rotation.enableKeyRotation(CALLER, keyId, null);
        keyStates.scheduleKeyDeletion(CALLER, keyId, 7);
        inTransaction(() -> keyRepository.findById(keyId).orElseThrow().record()
                .setDeletionDate(Instant.now().minus(Duration.ofMinutes(1))));

        KeyDeletionSweep.Result result = deletionSweep.sweep(Instant.now());

        assertEquals(0, result.failed(), result.toString());
        KmsException e = assertThrows(KmsException.class, () -> keys.describeKey(CALLER, keyId));
        assertEquals(KmsError.NotFoundException, e.error());
        inTransaction(() -> assertTrue(rotations.schedule(keyId).isEmpty()));
    }

    private String newKey() {
        return keys.createKey(CALLER, CreateKeyRequest.symmetric("it-rotation-sweep")).keyId();
    }

    private void moveNextRotation(String keyId, Instant date) {
        rotations.schedule(keyId).orElseThrow().setNextRotationDate(date);
    }

    private void setState(String keyId, String state) {
        keyRepository.findById(keyId).orElseThrow().record().setKeyState(state);
    }

    private void inTransaction(Runnable change) throws Exception {
        // The test tampers with rows as the system would, outside any caller's permissions.
        SystemTransaction.run(transaction, "KeyRotationSweepIT", change);
    }

    private byte[] encrypt(String keyId, String text) {
        return crypto.encrypt(CALLER, new EncryptRequest(keyId, text.getBytes(StandardCharsets.UTF_8), Map.of(), null))
                .ciphertextBlob();
    }

    private String decrypt(byte[] blob) {
        return new String(crypto.decrypt(CALLER, new DecryptRequest(blob, Map.of(), null, null)).plaintext(),
                StandardCharsets.UTF_8);
    }
}
