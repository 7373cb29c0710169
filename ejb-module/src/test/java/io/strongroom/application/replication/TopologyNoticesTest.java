package io.strongroom.application.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.application.TopologyNotices;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyIds;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.domain.KeyRotationRules;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.Origin;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.TopologyNotice;
import io.strongroom.persistence.KeyRotationScheduleRecord;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which related keys' Regions each change is queued for, and with which notice. */
class TopologyNoticesTest {

    private static final RegionIdentity HERE = new RegionIdentity("us-east-1", "111122223333");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final RecordingOutbox outbox = new RecordingOutbox();
    private final Map<String, KeyRotationScheduleRecord> schedules = new HashMap<>();
    /** Only the schedules are read when notices are queued. */
    private final KeyRotationRepository rotations = (KeyRotationRepository) Proxy.newProxyInstance(
            KeyRotationRepository.class.getClassLoader(), new Class<?>[] {KeyRotationRepository.class},
            (proxy, method, args) -> {
                if (method.getName().equals("schedule")) {
                    return Optional.ofNullable(schedules.get((String) args[0]));
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final TopologyNotices notices = new TopologyNotices(outbox, null, null, null, HERE, null, rotations);

    @Test
    void aReplicaReportsItsStateAndItsDeletionToItsPrimaryOnly() {
        Key replica = MultiRegionTopology.createReplica(KeyIds.multiRegion(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, "eu-west-2", Map.of("ap-south-1", KeyState.Enabled), NOW);
        replica.topology().replicaCreated(1);
        replica.disable();
        notices.replicaStateChanged(replica);
        notices.replicaDeleted(replica);
        assertEquals(List.of("eu-west-2 " + TopologyNotice.replicaState(HERE.region(), KeyState.Disabled),
                "eu-west-2 " + TopologyNotice.replicaDeleted(HERE.region())), outbox.queued);
    }

    @Test
    void aPrimaryOrASingleRegionKeyReportsNoStateOfItsOwn() {
        notices.replicaStateChanged(primaryWith("us-west-2"));
        notices.replicaDeleted(primaryWith("us-west-2"));
        Key single = Key.create(KeyIds.singleRegion(), "", KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, NOW);
        notices.replicaStateChanged(single);
        notices.materialRotated(single, 2);
        assertEquals(List.of(), outbox.queued);
    }

    @Test
    void aNewReplicaIsAnnouncedToTheEarlierOnesAndRotatedMaterialToAll() {
        Key primary = primaryWith("us-west-2", "eu-west-1");
        notices.replicaAdded(primary, "eu-west-1");
        notices.materialRotated(primary, 2);
        assertEquals(List.of("us-west-2 " + TopologyNotice.replicaAdded("eu-west-1", KeyState.Creating),
                "eu-west-1 " + TopologyNotice.materialRotated(2), "us-west-2 " + TopologyNotice.materialRotated(2)),
                outbox.queued);
    }

    @Test
    void aNewPrimaryAnnouncesItselfAndItsReplicasToEveryReplicaButTheFormerPrimary() {
        Key primary = primaryWith("us-west-2", "eu-west-1", "ap-south-1");
        primary.topology().replicaStateReported("us-west-2", KeyState.Enabled);
        notices.announceNewPrimary(primary, "ap-south-1");
        TopologyNotice changed = TopologyNotice.primaryChanged(HERE.region(),
                Map.of("us-west-2", KeyState.Enabled, "eu-west-1", KeyState.Creating, "ap-south-1", KeyState.Creating));
        TopologyNotice rotationOff = TopologyNotice.rotationSetting(TopologyNotice.Rotation.OFF);
        assertEquals(List.of("eu-west-1 " + changed, "us-west-2 " + changed,
                "eu-west-1 " + rotationOff, "us-west-2 " + rotationOff), outbox.queued);

        Key replica = MultiRegionTopology.createReplica(KeyIds.multiRegion(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, "eu-west-2", Map.of(), NOW);
        assertThrows(IllegalStateException.class, () -> notices.announceNewPrimary(replica, "ap-south-1"));
    }

    @Test
    void aNewPrimaryRepeatsItsRotatedMaterialAndRotationSettingSoThatNoReplicaMissesWhatTheFormerOneAnnounced() {
        Key primary = primaryWith("eu-west-1", "ap-south-1");
        KeyRotationRules.advanceMaterialVersion(primary);
        KeyRotationRules.advanceMaterialVersion(primary);
        Instant next = NOW.plus(Duration.ofDays(180));
        schedules.put(primary.id(), new KeyRotationScheduleRecord(primary.id(), 180, next));
        notices.announceNewPrimary(primary, "ap-south-1");
        assertEquals(List.of("eu-west-1 " + TopologyNotice.primaryChanged(HERE.region(),
                        Map.of("eu-west-1", KeyState.Creating, "ap-south-1", KeyState.Creating)),
                "eu-west-1 " + TopologyNotice.materialRotated(3),
                "eu-west-1 " + TopologyNotice.rotationSetting(new TopologyNotice.Rotation(180, next))), outbox.queued);
    }

    @Test
    void aNewPrimaryOfImportedMaterialAnnouncesOnlyItself() {
        Key primary = MultiRegionTopology.createPrimary("", KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT,
                Origin.EXTERNAL, HERE, NOW);
        primary.record().setKeyState(KeyState.Enabled.name()); // as after its material was imported
        primary.topology().replicaRequested("eu-west-1", HERE);
        notices.announceNewPrimary(primary, "ap-south-1");
        assertEquals(List.of("eu-west-1 " + TopologyNotice.primaryChanged(HERE.region(),
                Map.of("eu-west-1", KeyState.Creating))), outbox.queued);
    }

    private static Key primaryWith(String... replicas) {
        Key key = MultiRegionTopology.createPrimary("", KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT,
                Origin.AWS_KMS, HERE, NOW);
        for (String region : replicas) {
            key.topology().replicaRequested(region, HERE);
        }
        return key;
    }
}
