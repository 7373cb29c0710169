package io.strongroom.application;

import io.strongroom.application.replication.InboundVerifier;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.Origin;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.ReplicaFetches;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.TopologyNotice;
import io.strongroom.domain.replication.TopologyNoticeOutbox;
import io.strongroom.persistence.KeyRotationScheduleRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps related multi-Region keys informed of each other. Every change a related key must learn
 * of queues a {@link TopologyNotice} in the outbox, in the caller's transaction, so a notice exists
 * exactly when its change committed; the delivery timer carries it. A replica reports its own
 * state and deletion to its primary; the primary records them and passes them on to its other
 * replicas, announces new replicas to the earlier ones, rotated material and its automatic-rotation
 * setting to all of them; a new primary announces itself. Receiving verifies the message, checks that its source is entitled to
 * send it about this key, applies it and audits it as SynchronizeMultiRegionKey; a refusal changes
 * nothing.
 */
@ApplicationScoped
public class TopologyNotices {

    /** The audit operation of an applied notice. */
    public static final String SYNCHRONIZE = "SynchronizeMultiRegionKey";

    private TopologyNoticeOutbox outbox;
    private ReplicaFetches fetches;
    private KeyRepository keys;
    private InboundVerifier inbound;
    private RegionIdentity region;
    private AuditLog auditLog;
    private KeyRotationRepository rotations;

    protected TopologyNotices() {
        // for CDI proxies
    }

    @Inject
    public TopologyNotices(TopologyNoticeOutbox outbox, ReplicaFetches fetches, KeyRepository keys,
                           InboundVerifier inbound, RegionIdentity region, AuditLog auditLog,
                           KeyRotationRepository rotations) {
        this.outbox = outbox;
        this.fetches = fetches;
        this.keys = keys;
        this.inbound = inbound;
        this.region = region;
        this.auditLog = auditLog;
        this.rotations = rotations;
    }

    /** A replica's state changed (or was set again): its primary is told the state it has now. */
    public void replicaStateChanged(Key key) {
        if (isReplica(key)) {
            toPrimary(key, TopologyNotice.replicaState(region.region(), key.state()));
        }
    }

    /** A replica was deleted: its primary is told. Call before the key's row goes. */
    public void replicaDeleted(Key key) {
        if (isReplica(key)) {
            toPrimary(key, TopologyNotice.replicaDeleted(region.region()));
        }
    }

    /** ReplicateKey was accepted by {@code replicaRegion}: the primary's earlier replicas learn of the new one. */
    public void replicaAdded(Key primary, String replicaRegion) {
        KeyState state = primary.topology().replicas().get(replicaRegion);
        toReplicasExcept(primary, replicaRegion, TopologyNotice.replicaAdded(replicaRegion, state));
    }

    /** A primary's material rotated to {@code materialVersion}: its replicas are to fetch it. */
    public void materialRotated(Key key, int materialVersion) {
        if (key.isMultiRegion() && key.topology().isPrimary()) {
            toReplicasExcept(key, null, TopologyNotice.materialRotated(materialVersion));
        }
    }

    /**
     * A primary's automatic rotation was enabled, disabled or rotated on schedule: its replicas
     * take the setting, a shared property, with the date of the next rotation.
     */
    public void rotationSettingChanged(Key key) {
        if (key.isMultiRegion() && key.topology().isPrimary()) {
            toReplicasExcept(key, null, TopologyNotice.rotationSetting(rotationSetting(key)));
        }
    }

    /** ReplicateKey was accepted: a new replica of a primary that rotates automatically takes that setting. */
    public void rotationSettingTo(Key primary, String replicaRegion) {
        TopologyNotice.Rotation rotation = rotationSetting(primary);
        if (rotation.isOn()) {
            outbox.enqueue(primary.id(), replicaRegion, TopologyNotice.rotationSetting(rotation), Instant.now());
        }
    }

    private TopologyNotice.Rotation rotationSetting(Key key) {
        return rotations.schedule(key.id())
                .map(schedule -> new TopologyNotice.Rotation(schedule.getRotationPeriodDays(), schedule.getNextRotationDate()))
                .orElse(TopologyNotice.Rotation.OFF);
    }

    /** On a replica: its rotation schedule row mirrors the primary's setting; the sweep never rotates a replica. */
    private void applyRotationSetting(Key replica, TopologyNotice.Rotation rotation) {
        Optional<KeyRotationScheduleRecord> schedule = rotations.schedule(replica.id());
        if (!rotation.isOn()) {
            schedule.ifPresent(rotations::removeSchedule);
        } else if (schedule.isPresent()) {
            schedule.get().setRotationPeriodDays(rotation.periodDays());
            schedule.get().setNextRotationDate(rotation.nextRotationDate());
        } else {
            rotations.storeSchedule(new KeyRotationScheduleRecord(replica.id(), rotation.periodDays(),
                    rotation.nextRotationDate()));
        }
    }

    /**
     * Whether a MATERIAL_ROTATED for {@code keyId} still waits in the outbox for {@code region}:
     * the replica there does not know of the primary's current material yet.
     */
    public boolean materialAnnouncementPending(String keyId, String region) {
        return outbox.queued(keyId).stream().anyMatch(notice -> notice.getDestinationRegion().equals(region)
                && notice.getKind().equals(TopologyNotice.Kind.MATERIAL_ROTATED.name()));
    }

    /**
     * This key just became the primary (UpdatePrimaryRegion): every replica but the former primary
     * (which learns it from the answer to its PRIMARY_UPDATE_COMMIT) learns where the primary is
     * now and which replicas it has, then the current material version and rotation setting: what
     * the former primary announced last may not have reached a replica before it stopped being
     * that replica's primary, and a replica refuses news from a Region that is not its primary.
     */
    public void announceNewPrimary(Key newPrimary, String formerPrimaryRegion) {
        MultiRegionTopology topology = newPrimary.topology();
        if (!topology.isPrimary()) {
            throw new IllegalStateException("Key " + newPrimary.id() + " is not the primary key");
        }
        toReplicasExcept(newPrimary, formerPrimaryRegion, TopologyNotice.primaryChanged(region.region(), topology.replicas()));
        if (newPrimary.origin() != Origin.AWS_KMS) {
            return; // imported material never travels and never rotates; external key stores hold no multi-Region keys
        }
        if (newPrimary.currentMaterialVersion() > 1) {
            toReplicasExcept(newPrimary, formerPrimaryRegion, TopologyNotice.materialRotated(newPrimary.currentMaterialVersion()));
        }
        if (newPrimary.spec() == KeySpec.SYMMETRIC_DEFAULT) {
            toReplicasExcept(newPrimary, formerPrimaryRegion, TopologyNotice.rotationSetting(rotationSetting(newPrimary)));
        }
    }

    /**
     * A TOPOLOGY_NOTICE from a peer: verified, checked against the key's topology (only the
     * entitled Region may send each kind), applied, and passed on when this is the primary.
     */
    public void receive(byte[] encoded) {
        ReplicationMessage message = inbound.verify(encoded, Set.of(MessageType.TOPOLOGY_NOTICE));
        MessageHeader header = message.header();
        TopologyNotice notice = TopologyNotice.decode(message.payload());
        Key key = keys.findById(header.keyId()).filter(Key::isMultiRegion)
                .orElseThrow(() -> new ReplicationRefusedException(ReplicationError.UNKNOWN_KEY, "key " + header.keyId()));
        inbound.accept(header);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        MultiRegionTopology topology = key.topology();
        String primaryBefore = topology.primaryRegion();
        topology.noticeReceived(notice, header.sourceRegion(), region, now);
        if (notice.kind() == TopologyNotice.Kind.PRIMARY_CHANGED && !primaryBefore.equals(notice.region())) {
            // This replica's reports not yet delivered to the former primary are news for the new one.
            outbox.readdress(key.id(), primaryBefore, notice.region(), now);
        }
        if (notice.kind() == TopologyNotice.Kind.MATERIAL_ROTATED
                && (key.record().getCurrentMaterialVersion() == null
                || key.record().getCurrentMaterialVersion() < notice.materialVersion())) {
            fetches.wantVersion(key.id(), notice.materialVersion(), now);
        }
        if (notice.kind() == TopologyNotice.Kind.ROTATION_SETTING) {
            applyRotationSetting(key, notice.rotation());
        }
        // CloudTrail's name for the synchronization of related multi-Region keys.
        auditLog.recordWithStateChange(AuditEvent.of(ReplicaCreationService.system(header), SYNCHRONIZE, key.id(),
                AuditEvent.SUCCESS));
        if (topology.isPrimary()) {
            if (notice.kind() == TopologyNotice.Kind.REPLICA_DELETED) {
                outbox.discard(key.id(), header.sourceRegion());
            }
            toReplicasExcept(key, header.sourceRegion(), notice);
        }
    }

    private static boolean isReplica(Key key) {
        return key.isMultiRegion() && !key.topology().isPrimary();
    }

    private void toPrimary(Key replica, TopologyNotice notice) {
        outbox.enqueue(replica.id(), replica.topology().primaryRegion(), notice, Instant.now());
    }

    private void toReplicasExcept(Key primary, String except, TopologyNotice notice) {
        Instant now = Instant.now();
        for (String replicaRegion : primary.topology().replicas().keySet()) {
            if (!replicaRegion.equals(except)) {
                outbox.enqueue(primary.id(), replicaRegion, notice, now);
            }
        }
    }
}
