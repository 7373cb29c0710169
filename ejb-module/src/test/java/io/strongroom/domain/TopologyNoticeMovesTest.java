package io.strongroom.domain;

import static io.strongroom.domain.MultiRegionTopologyTest.HERE;
import static io.strongroom.domain.MultiRegionTopologyTest.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.TopologyNotice;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a related key's notice does to a key, and who may send which: a replica speaks for itself
 * to its primary; a primary speaks about the others to its replicas; a new primary announces itself.
 */
class TopologyNoticeMovesTest {

    private static final String B = "us-west-2";
    private static final String C = "eu-west-1";
    private static final String STRANGER = "ap-south-1";

    @Test
    void aPrimaryRecordsTheStateAReplicaReportsOfItselfAndAppliesItTwiceAsOnce() {
        Key primary = primaryWithReplicas(B, C);
        TopologyNotice enabled = TopologyNotice.replicaState(B, KeyState.Enabled);
        primary.topology().noticeReceived(enabled, B, HERE, NOW);
        primary.topology().noticeReceived(enabled, B, HERE, NOW);
        assertEquals(Map.of(B, KeyState.Enabled, C, KeyState.Creating), primary.topology().replicas());
    }

    @Test
    void aPrimaryRefusesNewsFromAStrangerOrAReplicaSpeakingForAnother() {
        Key primary = primaryWithReplicas(B, C);
        assertNotEntitled(primary, TopologyNotice.replicaState(STRANGER, KeyState.Enabled), STRANGER);
        assertNotEntitled(primary, TopologyNotice.replicaState(C, KeyState.Disabled), B);
        assertNotEntitled(primary, TopologyNotice.replicaDeleted(C), B);
        assertNotEntitled(primary, TopologyNotice.replicaAdded(B, KeyState.Enabled), B);
        assertNotEntitled(primary, TopologyNotice.materialRotated(2), B);
        assertNotEntitled(primary, TopologyNotice.primaryChanged(B, Map.of()), B);
        assertEquals(Map.of(B, KeyState.Creating, C, KeyState.Creating), primary.topology().replicas(), "nothing changed");
    }

    @Test
    void theLastReplicaDeletedStartsTheWaitingPeriodOfAPrimaryPendingReplicaDeletion() {
        Key primary = primaryWithReplicas(B, C);
        assertEquals(java.util.Optional.empty(), primary.scheduleDeletion(7, NOW));
        primary.topology().noticeReceived(TopologyNotice.replicaDeleted(B), B, HERE, NOW);
        assertEquals(KeyState.PendingReplicaDeletion, primary.state());
        assertNull(primary.record().getDeletionDate());
        assertNotEntitled(primary, TopologyNotice.replicaDeleted(B), B);
        primary.topology().noticeReceived(TopologyNotice.replicaDeleted(C), C, HERE, NOW);
        assertEquals(KeyState.PendingDeletion, primary.state());
        assertEquals(NOW.plus(Duration.ofDays(7)), primary.record().getDeletionDate());
    }

    @Test
    void aReplicaLearnsOfItsPeersOnlyFromItsPrimary() {
        Key replica = replicaOf("eu-west-2", Map.of(B, KeyState.Creating));
        replica.topology().noticeReceived(TopologyNotice.replicaAdded(C, KeyState.Creating), "eu-west-2", HERE, NOW);
        replica.topology().noticeReceived(TopologyNotice.replicaState(B, KeyState.Disabled), "eu-west-2", HERE, NOW);
        replica.topology().noticeReceived(TopologyNotice.replicaState(B, KeyState.Disabled), "eu-west-2", HERE, NOW);
        assertEquals(Map.of(B, KeyState.Disabled, C, KeyState.Creating), replica.topology().replicas());
        replica.topology().noticeReceived(TopologyNotice.replicaDeleted(C), "eu-west-2", HERE, NOW);
        replica.topology().noticeReceived(TopologyNotice.replicaDeleted(C), "eu-west-2", HERE, NOW);
        assertEquals(Map.of(B, KeyState.Disabled), replica.topology().replicas());

        assertNotEntitled(replica, TopologyNotice.replicaState(B, KeyState.Enabled), B);
        assertNotEntitled(replica, TopologyNotice.replicaAdded(STRANGER, KeyState.Enabled), STRANGER);
        assertNotEntitled(replica, TopologyNotice.materialRotated(3), B);
        assertNotEntitled(replica, TopologyNotice.replicaState(HERE.region(), KeyState.Disabled), "eu-west-2");
        assertNotEntitled(replica, TopologyNotice.replicaAdded("eu-west-2", KeyState.Enabled), "eu-west-2");
        assertEquals(Map.of(B, KeyState.Disabled), replica.topology().replicas(), "nothing changed");
    }

    @Test
    void aReplicaOfImportedMaterialIsNeverToldOfRotatedMaterial() {
        Key generated = replicaOf("eu-west-2", Map.of());
        generated.topology().noticeReceived(TopologyNotice.materialRotated(2), "eu-west-2", HERE, NOW);
        Key imported = MultiRegionTopology.createReplica(KeyIds.multiRegion(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.EXTERNAL, "eu-west-2", Map.of(), NOW);
        assertNotEntitled(imported, TopologyNotice.materialRotated(2), "eu-west-2");
    }

    @Test
    void aNewPrimaryAnnouncesItselfToTheReplicasItRelatesTo() {
        Key replica = replicaOf("eu-west-2", Map.of(B, KeyState.Enabled));
        TopologyNotice changed = TopologyNotice.primaryChanged(B,
                Map.of("eu-west-2", KeyState.Enabled, HERE.region(), KeyState.Enabled, C, KeyState.Creating));
        assertNotEntitled(replica, TopologyNotice.primaryChanged(STRANGER, Map.of()), STRANGER);
        assertNotEntitled(replica, changed, "eu-west-2");

        replica.topology().noticeReceived(changed, B, HERE, NOW);
        replica.topology().noticeReceived(changed, B, HERE, NOW);

        assertEquals(MultiRegionKeyType.REPLICA, replica.topology().type());
        assertEquals(B, replica.topology().primaryRegion());
        assertEquals(Map.of("eu-west-2", KeyState.Enabled, C, KeyState.Creating), replica.topology().replicas());
        assertEquals(java.util.List.of(C, "eu-west-2", HERE.region()), replica.topology().configuration(HERE).replicaKeys()
                .stream().map(k -> k.region()).toList());
        assertNotEntitled(primaryWithReplicas(B), TopologyNotice.primaryChanged(B, Map.of()), B);
    }

    @Test
    void fetchedMaterialMakesThePrimarysCurrentVersionTheReplicasAndNeverGoesBack() {
        Key replica = replicaOf("eu-west-2", Map.of());
        replica.topology().replicaCreated(1);
        replica.topology().materialFetched(3);
        assertEquals(3, replica.currentMaterialVersion());
        replica.topology().materialFetched(2);
        assertEquals(3, replica.currentMaterialVersion());
        assertThrows(io.strongroom.client.KmsException.class, () -> primaryWithReplicas(B).topology().materialFetched(2));
    }

    private static Key primaryWithReplicas(String... regions) {
        Key key = MultiRegionTopologyTest.primary(Origin.AWS_KMS);
        for (String region : regions) {
            key.topology().replicaRequested(region, HERE);
        }
        return key;
    }

    private static Key replicaOf(String primaryRegion, Map<String, KeyState> peers) {
        return MultiRegionTopology.createReplica(KeyIds.multiRegion(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, primaryRegion, peers, NOW);
    }

    private static void assertNotEntitled(Key key, TopologyNotice notice, String source) {
        assertEquals(ReplicationError.NOTICE_NOT_ENTITLED, assertThrows(ReplicationRefusedException.class,
                () -> key.topology().noticeReceived(notice, source, HERE, NOW)).reason());
    }
}
