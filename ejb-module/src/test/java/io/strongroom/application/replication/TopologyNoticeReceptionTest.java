package io.strongroom.application.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.application.AuditEvent;
import io.strongroom.application.AuditLog;
import io.strongroom.application.TopologyNotices;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.Origin;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.ReplicaFetches;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.TopologyNotice;
import io.strongroom.persistence.KeyMaterialRecord;
import io.strongroom.persistence.KeyTagRecord;
import io.strongroom.persistence.ReplicaFetchRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A region receiving signed topology notices from its peers, with the real verifier: the entitled
 * sender's news is applied and passed on, anything else is refused and changes nothing.
 */
class TopologyNoticeReceptionTest {

    private static final String A = "us-east-1";
    private static final String B = "us-west-2";
    private static final String C = "eu-west-1";

    private final TestRegion regionA = new TestRegion(A);
    private final TestRegion regionB = new TestRegion(B);
    private final TestRegion regionC = new TestRegion(C);
    private final Map<String, Key> keys = new HashMap<>();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final Map<String, Integer> wanted = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private TopologyNotices notices;

    @BeforeEach
    void threeRegionsTrustEachOther() {
        TestRegion.trustEachOther(regionA, regionB);
        TestRegion.trustEachOther(regionA, regionC);
        TestRegion.trustEachOther(regionB, regionC);
        notices = new TopologyNotices(outbox, new Fetches(), new Keys(), regionA.inbound,
                new RegionIdentity(A, "111122223333"), new AuditLog() {
                    @Override
                    public void recordWithStateChange(AuditEvent event) {
                        audited.add(event.operation() + " " + event.keyId() + " " + event.principalArn());
                    }
                }, null);
    }

    @Test
    void aPrimaryRecordsAReplicasStatePassesItOnAndRefusesAReplay() {
        Key primary = primaryWith(B, C);
        byte[] message = signed(regionB, primary, TopologyNotice.replicaState(B, KeyState.Enabled));

        notices.receive(message);

        assertEquals(Map.of(B, KeyState.Enabled, C, KeyState.Creating), primary.topology().replicas());
        assertEquals(List.of(C + " " + TopologyNotice.replicaState(B, KeyState.Enabled)), outbox.queued);
        assertEquals(List.of("SynchronizeMultiRegionKey " + primary.id() + " strongroom:replication"), audited);
        assertRefused(ReplicationError.REPLAYED_MESSAGE, message);
    }

    @Test
    void aRegionSpeakingForAnotherOrAnUnknownKeyIsRefusedAndChangesNothing() {
        Key primary = primaryWith(B, C);
        assertRefused(ReplicationError.NOTICE_NOT_ENTITLED, signed(regionC, primary, TopologyNotice.replicaState(B, KeyState.Disabled)));
        assertRefused(ReplicationError.NOTICE_NOT_ENTITLED, signed(regionB, primary, TopologyNotice.materialRotated(2)));
        Key unknown = MultiRegionTopology.createPrimary("", KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT,
                Origin.AWS_KMS, new RegionIdentity(A, "111122223333"), TestRegion.START);
        assertRefused(ReplicationError.UNKNOWN_KEY, signed(regionB, unknown, TopologyNotice.replicaState(B, KeyState.Enabled)));
        byte[] forB = regionC.outbound.compose(MessageType.TOPOLOGY_NOTICE, B, primary.id(), regionC.boundary.newSessionId(),
                header -> TopologyNotice.replicaState(C, KeyState.Enabled).encode()).encode();
        assertRefused(ReplicationError.MISDIRECTED_MESSAGE, forB);
        assertEquals(Map.of(B, KeyState.Creating, C, KeyState.Creating), primary.topology().replicas());
        assertEquals(List.of(), outbox.queued);
        assertEquals(List.of(), audited);
    }

    @Test
    void theLastReplicasDeletionStartsThePrimarysWaitingPeriodAndDropsWhatWasQueuedForIt() {
        Key primary = primaryWith(B);
        primary.scheduleDeletion(7, TestRegion.START);
        notices.receive(signed(regionB, primary, TopologyNotice.replicaDeleted(B)));
        assertEquals(KeyState.PendingDeletion, primary.state());
        assertEquals(List.of(primary.id() + " " + B), outbox.discarded);
        assertEquals(List.of(), outbox.queued, "no other replica to tell");
    }

    @Test
    void aReplicaAskedToFetchRotatedMaterialWantsThatVersion() {
        Key replica = MultiRegionTopology.createReplica(TestRegion.newKeyId(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, C, Map.of(), TestRegion.START);
        replica.topology().replicaCreated(1);
        keys.put(replica.id(), replica);
        notices.receive(signed(regionC, replica, TopologyNotice.materialRotated(2)));
        assertEquals(Map.of(replica.id(), 2), wanted);
        assertRefused(ReplicationError.NOTICE_NOT_ENTITLED, signed(regionB, replica, TopologyNotice.materialRotated(3)));
        assertEquals(Map.of(replica.id(), 2), wanted);
    }

    @Test
    void aReplicaFollowsTheNewPrimaryAndSendsItTheReportsTheFormerOneHasNotTakenYet() {
        Key replica = MultiRegionTopology.createReplica(TestRegion.newKeyId(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, C, Map.of(B, KeyState.Enabled), TestRegion.START);
        keys.put(replica.id(), replica);
        notices.receive(signed(regionB, replica, TopologyNotice.primaryChanged(B, Map.of(A, KeyState.Enabled, C, KeyState.Enabled))));
        assertEquals(B, replica.topology().primaryRegion());
        assertEquals(Map.of(C, KeyState.Enabled), replica.topology().replicas());
        assertEquals(List.of(replica.id() + " " + C + " " + B), outbox.readdressed);

        notices.receive(signed(regionB, replica, TopologyNotice.primaryChanged(B, Map.of(A, KeyState.Enabled, C, KeyState.Enabled))));
        assertEquals(1, outbox.readdressed.size(), "a repeated announcement has nothing to readdress");
        assertRefused(ReplicationError.NOTICE_NOT_ENTITLED,
                signed(regionB, replica, TopologyNotice.primaryChanged(C, Map.of(A, KeyState.Enabled))));
    }

    private Key primaryWith(String... replicas) {
        RegionIdentity here = new RegionIdentity(A, "111122223333");
        Key key = MultiRegionTopology.createPrimary("", KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT,
                Origin.AWS_KMS, here, TestRegion.START);
        for (String region : replicas) {
            key.topology().replicaRequested(region, here);
        }
        keys.put(key.id(), key);
        return key;
    }

    private static byte[] signed(TestRegion from, Key key, TopologyNotice notice) {
        return from.outbound.compose(MessageType.TOPOLOGY_NOTICE, A, key.id(), from.boundary.newSessionId(),
                header -> notice.encode()).encode();
    }

    private void assertRefused(ReplicationError expected, byte[] message) {
        assertEquals(expected, assertThrows(ReplicationRefusedException.class, () -> notices.receive(message)).reason());
    }

    private final class Fetches implements ReplicaFetches {

        @Override
        public void wantVersion(String keyId, int materialVersion, Instant now) {
            wanted.merge(keyId, materialVersion, Math::max);
        }

        @Override
        public void wantCreation(String keyId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> due(Instant now, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ReplicaFetchRecord> find(String keyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void done(ReplicaFetchRecord fetch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int resumeAll(Instant now) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Keys implements KeyRepository {

        @Override
        public Optional<Key> findById(String keyId) {
            return Optional.ofNullable(keys.get(keyId));
        }

        @Override
        public Key find(KeyReference reference, String rawReference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Key> pageAfter(String afterKeyId, int limitPlusOne) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void store(Key key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void storeMaterial(KeyMaterialRecord material) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<KeyMaterialRecord> findMaterial(String keyId, int materialVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void storeTag(KeyTagRecord tag) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KeyTagRecord> tags(String keyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> aliases(String keyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> customKeyStoreConnectionState(String customKeyStoreId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean xksKeyInUse(String customKeyStoreId, String xksKeyId) {
            throw new UnsupportedOperationException();
        }
    }
}
