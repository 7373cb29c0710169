package io.strongroom.domain;

import static io.strongroom.domain.MultiRegionTopologyTest.HERE;
import static io.strongroom.domain.MultiRegionTopologyTest.NOW;
import static io.strongroom.domain.MultiRegionTopologyTest.assertError;
import static io.strongroom.domain.MultiRegionTopologyTest.primary;
import static io.strongroom.domain.MultiRegionTopologyTest.replica;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The state moves of multi-Region keys that span Regions, as the key aggregate makes them in one
 * region: deleting a primary that has replicas, a replica's creation, and UpdatePrimaryRegion.
 */
class MultiRegionLifecycleTest {

    @Test
    void aPrimaryWithoutReplicasIsDeletedLikeAnyKey() {
        Key key = primary(Origin.AWS_KMS);
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(7))), key.scheduleDeletion(7, NOW));
        assertEquals(KeyState.PendingDeletion, key.state());
        assertNull(key.metadata(HERE).pendingDeletionWindowInDays());
    }

    @Test
    void aPrimaryWithReplicasWaitsForThemWithoutADeletionDate() {
        Key key = primaryWithReplicas("eu-west-2", "ap-southeast-2");
        assertEquals(Optional.empty(), key.scheduleDeletion(10, NOW));
        KeyMetadata metadata = key.metadata(HERE);
        assertEquals("PendingReplicaDeletion", metadata.keyState());
        assertNull(metadata.deletionDate());
        assertEquals(10, metadata.pendingDeletionWindowInDays());
        assertError(KmsError.KMSInvalidStateException, () -> key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT));
        assertError(KmsError.KMSInvalidStateException, () -> key.scheduleDeletion(7, NOW));
        assertError(KmsError.KMSInvalidStateException, () -> key.topology().replicaRequested("sa-east-1", HERE));

        Instant firstGone = NOW.plus(Duration.ofDays(3));
        key.topology().replicaDeleted("eu-west-2", firstGone);
        assertEquals(KeyState.PendingReplicaDeletion, key.state());
        Instant lastGone = NOW.plus(Duration.ofDays(5));
        key.topology().replicaDeleted("ap-southeast-2", lastGone);
        metadata = key.metadata(HERE);
        assertEquals("PendingDeletion", metadata.keyState());
        assertEquals(lastGone.plus(Duration.ofDays(10)), metadata.deletionDate());
        assertNull(metadata.pendingDeletionWindowInDays());
        assertEquals(List.of(), metadata.multiRegionConfiguration().replicaKeys());
        assertError(KmsError.NotFoundException, () -> key.topology().replicaDeleted("ap-southeast-2", lastGone));
    }

    @Test
    void cancellingAPendingReplicaDeletionDisablesTheKeyAndForgetsTheWindow() {
        Key key = primaryWithReplicas("eu-west-2");
        key.scheduleDeletion(null, NOW);
        assertEquals(30, key.metadata(HERE).pendingDeletionWindowInDays());
        key.cancelDeletion();
        assertEquals(KeyState.Disabled, key.state());
        assertNull(key.metadata(HERE).pendingDeletionWindowInDays());
        // A replica deleted later no longer starts any deletion.
        key.topology().replicaDeleted("eu-west-2", NOW);
        assertEquals(KeyState.Disabled, key.state());
        assertNull(key.metadata(HERE).deletionDate());
    }

    @Test
    void aReplicaIsDeletedWithTheNormalWindowWhateverItsPeers() {
        Key key = MultiRegionTopology.createReplica(KeyIds.multiRegion(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, "eu-west-2", Map.of("ap-southeast-2", KeyState.Enabled), NOW);
        key.topology().replicaCreated(1);
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(30))), key.scheduleDeletion(null, NOW));
        assertEquals(KeyState.PendingDeletion, key.state());
    }

    @Test
    void aReplicaBeingCreatedIsNeverUsableUntilItsMaterialArrives() {
        Key key = replica(Origin.AWS_KMS);
        assertEquals(KeyState.Creating, key.state());
        KmsException e = assertError(KmsError.KMSInvalidStateException, () -> key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT));
        assertTrue(e.getMessage().contains("creating"), e.getMessage());
        assertError(KmsError.KMSInvalidStateException, key::currentMaterialVersion);
        assertError(KmsError.KMSInvalidStateException, key::enable);
        assertError(KmsError.KMSInvalidStateException, () -> key.topology().replicaCreated(null));
        key.updateDescription("managed while creating");

        key.topology().replicaCreated(3);
        assertEquals(KeyState.Enabled, key.state());
        assertEquals(3, key.currentMaterialVersion());
        key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
        assertError(KmsError.KMSInvalidStateException, () -> key.topology().replicaCreated(3));
        assertError(KmsError.KMSInvalidStateException, () -> primary(Origin.AWS_KMS).topology().replicaCreated(1));
    }

    @Test
    void aReplicaOfImportedMaterialWaitsForItsOwnImport() {
        Key key = replica(Origin.EXTERNAL);
        key.topology().replicaCreated(null);
        assertEquals(KeyState.PendingImport, key.state());
        key.materialImported(MaterialExpiry.parse(null, null, NOW));
        assertEquals(KeyState.Enabled, key.state());
    }

    @Test
    void importedMaterialGoingAwayLeavesAPrimaryWaitingForItsReplicasScheduled() {
        Key key = primary(Origin.EXTERNAL);
        key.materialImported(MaterialExpiry.parse(null, null, NOW));
        key.topology().replicaRequested("eu-west-2", HERE);
        key.scheduleDeletion(7, NOW);
        key.deleteImportedMaterial();
        assertEquals(KeyState.PendingReplicaDeletion, key.state());
        assertEquals(7, key.metadata(HERE).pendingDeletionWindowInDays());
        key.cancelDeletion();
        assertEquals(KeyState.PendingImport, key.state());
    }

    @Test
    void aCancelledDeletionLeavesAHalfMadeReplicaCreating() {
        Key key = replica(Origin.AWS_KMS);
        key.scheduleDeletion(7, NOW);
        key.cancelDeletion();
        assertEquals(KeyState.Creating, key.state());
        Key imported = replica(Origin.EXTERNAL);
        imported.scheduleDeletion(7, NOW);
        imported.cancelDeletion();
        assertEquals(KeyState.PendingImport, imported.state());
    }

    @Test
    void updatePrimaryRegionSwapsTheRolesThroughUpdating() {
        Key oldPrimary = primaryWithReplicas("eu-west-2", "ap-southeast-2");
        enableReplicas(oldPrimary);
        Key newPrimary = MultiRegionTopology.createReplica(oldPrimary.id(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, "us-east-1", Map.of("ap-southeast-2", KeyState.Enabled), NOW);
        newPrimary.topology().replicaCreated(1);
        RegionIdentity there = new RegionIdentity("eu-west-2", HERE.accountId());

        oldPrimary.topology().beginPrimaryUpdate("eu-west-2");
        newPrimary.topology().primaryUpdateStarted();
        for (Key key : List.of(oldPrimary, newPrimary)) {
            assertEquals(KeyState.Updating, key.state());
            key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
            for (Runnable refused : List.<Runnable>of(key::enable, key::disable, () -> key.scheduleDeletion(7, NOW))) {
                KmsException e = assertError(KmsError.KMSInvalidStateException, refused::run);
                assertTrue(e.getMessage().contains("is updating"), e.getMessage());
            }
            key.updateDescription("tags, aliases and descriptions still change");
        }
        assertTrue(assertError(KmsError.KMSInvalidStateException,
                () -> oldPrimary.topology().replicaRequested("sa-east-1", HERE)).getMessage().contains("is updating"));
        assertEquals(KeyState.Updating, oldPrimary.topology().replicas().get("eu-west-2"));

        oldPrimary.topology().becomeReplica("eu-west-2");
        newPrimary.topology().becomePrimary(there, Map.of("ap-southeast-2", KeyState.Enabled, "eu-west-2", KeyState.Updating));

        assertEquals(MultiRegionKeyType.REPLICA, oldPrimary.topology().type());
        assertEquals("eu-west-2", oldPrimary.topology().primaryRegion());
        assertEquals(Map.of("ap-southeast-2", KeyState.Enabled), oldPrimary.topology().replicas());
        assertEquals(List.of("ap-southeast-2", "us-east-1"), oldPrimary.metadata(HERE).multiRegionConfiguration()
                .replicaKeys().stream().map(io.strongroom.client.MultiRegionKey::region).toList());
        assertEquals(MultiRegionKeyType.PRIMARY, newPrimary.topology().type());
        assertEquals("eu-west-2", newPrimary.topology().primaryRegion());
        assertEquals(Map.of("ap-southeast-2", KeyState.Enabled, "us-east-1", KeyState.Enabled),
                newPrimary.topology().replicas());
        assertEquals(KeyState.Enabled, oldPrimary.state());
        assertEquals(KeyState.Enabled, newPrimary.state());
        assertError(KmsError.UnsupportedOperationException, () -> oldPrimary.ensureNotReplica("EnableKeyRotation"));
        newPrimary.ensureNotReplica("EnableKeyRotation");
    }

    @Test
    void updatePrimaryRegionNeedsAnEnabledPrimaryAndAnEnabledReplicaThere() {
        Key key = primaryWithReplicas("eu-west-2", "ap-southeast-2");
        key.topology().replicaStateReported("eu-west-2", KeyState.Enabled);
        assertError(KmsError.ValidationException, () -> key.topology().beginPrimaryUpdate("eu_west_2"));
        assertError(KmsError.NotFoundException, () -> key.topology().beginPrimaryUpdate("sa-east-1"));
        assertError(KmsError.NotFoundException, () -> key.topology().beginPrimaryUpdate("us-east-1"));
        assertTrue(assertError(KmsError.KMSInvalidStateException, () -> key.topology().beginPrimaryUpdate("ap-southeast-2"))
                .getMessage().contains("creating"));
        key.topology().replicaStateReported("ap-southeast-2", KeyState.Disabled);
        assertError(KmsError.DisabledException, () -> key.topology().beginPrimaryUpdate("ap-southeast-2"));
        key.disable();
        assertError(KmsError.DisabledException, () -> key.topology().beginPrimaryUpdate("eu-west-2"));
        key.enable();
        key.topology().beginPrimaryUpdate("eu-west-2");
        assertTrue(assertError(KmsError.KMSInvalidStateException, () -> key.topology().beginPrimaryUpdate("eu-west-2"))
                .getMessage().contains("is updating"));
        assertEquals(KeyState.Disabled, key.topology().replicas().get("ap-southeast-2"));

        Key replica = replica(Origin.AWS_KMS);
        replica.topology().replicaCreated(1);
        assertError(KmsError.UnsupportedOperationException, () -> replica.topology().beginPrimaryUpdate("eu-west-2"));
        assertError(KmsError.KMSInvalidStateException, () -> replica.topology().becomePrimary(HERE, Map.of()));
        assertError(KmsError.KMSInvalidStateException, () -> primary(Origin.AWS_KMS).topology().becomeReplica("eu-west-2"));
        assertError(KmsError.KMSInvalidStateException, () -> primary(Origin.AWS_KMS).topology().primaryUpdateStarted());
    }

    @Test
    void aCalledOffUpdateLeavesThePrimaryAndTheReplicaAsTheyWereBefore() {
        Key oldPrimary = primaryWithReplicas("eu-west-2", "ap-southeast-2");
        enableReplicas(oldPrimary);
        Key target = replica(Origin.AWS_KMS);
        target.topology().replicaCreated(1);

        oldPrimary.topology().beginPrimaryUpdate("eu-west-2");
        target.topology().primaryUpdateStarted();
        oldPrimary.topology().primaryUpdateCalledOff("eu-west-2", KeyState.Enabled);
        target.topology().replicaUpdateCalledOff();

        assertEquals(KeyState.Enabled, oldPrimary.state());
        assertEquals(MultiRegionKeyType.PRIMARY, oldPrimary.topology().type());
        assertEquals(Map.of("eu-west-2", KeyState.Enabled, "ap-southeast-2", KeyState.Enabled), oldPrimary.topology().replicas());
        assertEquals(KeyState.Enabled, target.state());
        assertEquals(MultiRegionKeyType.REPLICA, target.topology().type());
        assertError(KmsError.KMSInvalidStateException,
                () -> oldPrimary.topology().primaryUpdateCalledOff("eu-west-2", KeyState.Enabled));
        assertError(KmsError.KMSInvalidStateException, () -> target.topology().replicaUpdateCalledOff());
        assertError(KmsError.KMSInvalidStateException, () -> target.topology().becomePrimary(HERE, Map.of()));
    }

    private static Key primaryWithReplicas(String... regions) {
        Key key = primary(Origin.AWS_KMS);
        for (String region : regions) {
            key.topology().replicaRequested(region, HERE);
        }
        return key;
    }

    private static void enableReplicas(Key primary) {
        primary.topology().replicas().keySet().forEach(r -> primary.topology().replicaStateReported(r, KeyState.Enabled));
    }
}
