package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRotationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void absentPeriodMeans365Days() {
        assertEquals(365, KeyRotationRules.rotationPeriod(null));
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 91, 365, 2559, 2560})
    void periodsFrom90To2560AreAccepted(int days) {
        assertEquals(days, KeyRotationRules.rotationPeriod(days));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 89, 2561, Integer.MAX_VALUE})
    void periodsOutside90To2560AreValidationExceptionsNamingTheField(int days) {
        KmsException e = assertThrows(KmsException.class, () -> KeyRotationRules.rotationPeriod(days));
        assertEquals(KmsError.ValidationException, e.error());
        assertTrue(e.getMessage().contains("rotationPeriodInDays"), e.getMessage());
    }

    @Test
    void nextRotationIsOnePeriodAfterTheStart() {
        assertEquals(Instant.parse("2027-11-23T10:00:00Z"), KeyRotationRules.nextRotationDate(NOW, 365));
        assertEquals(Instant.parse("2027-02-21T10:00:00Z"), KeyRotationRules.nextRotationDate(NOW, 90));
    }

    @Test
    void aNewPeriodCountsFromTheSameStartAsTheOldOne() {
        Instant enabledAt = NOW;
        Instant next = KeyRotationRules.nextRotationDate(enabledAt, 365);
        assertEquals(KeyRotationRules.nextRotationDate(enabledAt, 180), KeyRotationRules.rescheduled(next, 365, 180));
        assertEquals(next, KeyRotationRules.rescheduled(next, 365, 365));
    }

    @Test
    void onlySymmetricKeysWhoseMaterialKmsMadeRotate() {
        KeyRotationRules.ensureRotatable(key(KeySpec.SYMMETRIC_DEFAULT, Origin.AWS_KMS));
        for (KeySpec spec : KeySpec.values()) {
            if (spec != KeySpec.SYMMETRIC_DEFAULT) {
                assertUnsupported(key(spec, Origin.AWS_KMS));
            }
        }
        for (Origin origin : Origin.values()) {
            if (origin != Origin.AWS_KMS) {
                assertUnsupported(key(KeySpec.SYMMETRIC_DEFAULT, origin));
            }
        }
    }

    @Test
    void tenOnDemandRotationsAndNoMore() {
        Key key = key(KeySpec.SYMMETRIC_DEFAULT, Origin.AWS_KMS);
        for (int done = 0; done < 10; done++) {
            KeyRotationRules.ensureOnDemandRotationAvailable(key, done);
        }
        KmsException e = assertThrows(KmsException.class, () -> KeyRotationRules.ensureOnDemandRotationAvailable(key, 10));
        assertEquals(KmsError.LimitExceededException, e.error());
    }

    @Test
    void aRotationMakesTheNextMaterialVersionCurrent() {
        Key key = key(KeySpec.SYMMETRIC_DEFAULT, Origin.AWS_KMS);
        assertEquals(2, KeyRotationRules.advanceMaterialVersion(key));
        assertEquals(2, key.currentMaterialVersion());
        assertEquals(3, KeyRotationRules.advanceMaterialVersion(key));
        assertEquals(3, key.currentMaterialVersion());
    }

    @ParameterizedTest
    @EnumSource(KeyState.class)
    void rotationStatusIsFalseWhilePendingDeletionAndWhenNotScheduled(KeyState state) {
        Key key = key(KeySpec.SYMMETRIC_DEFAULT, Origin.AWS_KMS);
        key.record().setKeyState(state.name());
        boolean pendingDeletion = state == KeyState.PendingDeletion || state == KeyState.PendingReplicaDeletion;
        assertEquals(!pendingDeletion, KeyRotationRules.reportsRotationEnabled(key, true));
        assertFalse(KeyRotationRules.reportsRotationEnabled(key, false));
    }

    @Test
    void theSweepRotatesSingleRegionKeysAndPrimariesButNeverAReplica() {
        RegionIdentity here = new RegionIdentity("us-east-1", "111122223333");
        assertTrue(KeyRotationRules.rotatesAutomaticallyHere(key(KeySpec.SYMMETRIC_DEFAULT, Origin.AWS_KMS)));
        Key primary = MultiRegionTopology.createPrimary("", KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT,
                Origin.AWS_KMS, here, NOW);
        assertTrue(KeyRotationRules.rotatesAutomaticallyHere(primary));

        Key replica = MultiRegionTopology.createReplica(primary.id(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, "us-west-2", Map.of(), NOW);
        replica.topology().replicaCreated(1);
        assertEquals(KeyState.Enabled, replica.state());
        assertFalse(KeyRotationRules.rotatesAutomaticallyHere(replica));

        // A primary that handed its role to another region keeps its schedule row but rotates no more.
        primary.topology().replicaRequested("eu-west-1", here);
        primary.topology().replicaStateReported("eu-west-1", KeyState.Enabled);
        primary.topology().beginPrimaryUpdate("eu-west-1");
        primary.topology().becomeReplica("eu-west-1");
        assertEquals(KeyState.Enabled, primary.state());
        assertFalse(KeyRotationRules.rotatesAutomaticallyHere(primary));
    }

    private static void assertUnsupported(Key key) {
        KmsException e = assertThrows(KmsException.class, () -> KeyRotationRules.ensureRotatable(key));
        assertEquals(KmsError.UnsupportedOperationException, e.error(), key.spec() + " " + key.origin());
    }

    private static Key key(KeySpec spec, Origin origin) {
        KeyUsage usage = spec == KeySpec.SYMMETRIC_DEFAULT ? KeyUsage.ENCRYPT_DECRYPT : spec.defaultUsage();
        return Key.create("1234abcd-12ab-34cd-56ef-1234567890ab", "rotation", spec, usage, origin, NOW);
    }
}
