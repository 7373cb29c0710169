package io.strongroom.application;

import io.strongroom.application.access.AccessScope;
import io.strongroom.application.replication.InboundVerifier;
import io.strongroom.application.replication.OutboundMessages;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.PrimaryUpdate;
import io.strongroom.domain.replication.PrimaryUpdate.Phase;
import io.strongroom.domain.replication.PrimaryUpdatePayload;
import io.strongroom.domain.replication.PrimaryUpdateRepository;
import io.strongroom.domain.replication.ReplicaFetches;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import io.strongroom.infrastructure.replication.PeerUnreachableException;
import io.strongroom.infrastructure.replication.RelayTransport;
import io.strongroom.infrastructure.replication.RelayTransport.Delivery;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * UpdatePrimaryRegion across Regions, in two phases that never leave two primaries or none
 * (docs/replication-protocol.md, "UpdatePrimaryRegion end to end").
 *
 * <p>Phase 1, inside the caller's transaction: the primary (A) has marked itself and the target
 * replica Updating; it sends PRIMARY_UPDATE_BEGIN to the target's Region (B), which checks that
 * its key is an Enabled replica of A's and becomes Updating. A refusal fails the call and nothing
 * changes; when B cannot be reached (or its answer is lost), A records a back-out in its own
 * transaction so that B, should the message have arrived after all, is told to be Enabled again.
 *
 * <p>Phase 2, from a timer in A, repeated with a durable backoff until B confirms: PRIMARY_UPDATE_COMMIT
 * makes B the primary, then A becomes B's replica. A stays the primary (Updating) until B confirmed,
 * and B becomes the primary only from a COMMIT of an update it prepared, so a crash of either
 * region at any point resumes from the database. If B refuses the COMMIT for good (its key is gone
 * or no longer Updating), A is the primary again, Enabled, and tells B to back out.
 */
@Stateless
public class PrimaryUpdateService {

    /** Target outcomes are kept this long for repeated deliveries; no copy of a message passes after 10 minutes. */
    static final Duration TARGET_MEMORY = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(PrimaryUpdateService.class.getName());
    private static final HexFormat HEX = HexFormat.of();
    private static final String OPERATION = "UpdatePrimaryRegion";

    @Inject
    private KeyRepository keys;
    @Inject
    private PrimaryUpdateRepository updates;
    @Inject
    private OutboundMessages outbound;
    @Inject
    private InboundVerifier inbound;
    @Inject
    private ReplicationBoundary boundary;
    @Inject
    private RelayTransport transport;
    @Inject
    private RegionIdentity region;
    @Inject
    private AuditLog auditLog;
    @Inject
    private TopologyNotices topologyNotices;
    @Inject
    private ReplicaFetches fetches;
    @Resource
    private SessionContext context;

    // ---- the primary's Region (A) -------------------------------------------------------------

    /**
     * Phase 1, in the caller's transaction, after the key and its replica in {@code targetRegion}
     * were marked Updating: BEGIN to the target, and the update recorded for the timer to commit.
     *
     * @throws KmsException when the target does not hold the current material yet or refused
     *                      (KMSInvalidStateException: its key is no Enabled replica of this primary,
     *                      or it is still fetching material) or could not be reached (KMSInternalException)
     */
    public void begin(CallerContext caller, String keyId, String targetRegion) {
        if (topologyNotices.materialAnnouncementPending(keyId, targetRegion)) {
            // A new primary without the current material could never fetch it: it would ask itself.
            throw refused(caller, keyId, new KmsException(KmsError.KMSInvalidStateException, "The replica of key '"
                    + keyId + "' in " + targetRegion + " has not been told of the key's current material yet;"
                    + " try again once it has fetched it"));
        }
        byte[] updateId = boundary.newSessionId();
        String updateHex = HEX.formatHex(updateId);
        Delivery delivery;
        try {
            delivery = send(MessageType.PRIMARY_UPDATE_BEGIN, targetRegion, keyId, PrimaryUpdatePayload.of(updateId));
        } catch (PeerUnreachableException unreachable) {
            self().callOffLater(updateHex, keyId, targetRegion);
            throw refused(caller, keyId, new KmsException(KmsError.KMSInternalException, "Region " + targetRegion
                    + " could not be reached; the primary Region of key '" + keyId + "' is unchanged"));
        }
        if (delivery.delivered()) {
            updates.save(PrimaryUpdate.committing(updateHex, keyId, targetRegion, KeyState.Enabled, Instant.now()));
            return;
        }
        if (delivery.status() >= 500) {
            // The target may have prepared before it failed to answer: it is told to back out.
            self().callOffLater(updateHex, keyId, targetRegion);
        }
        if (delivery.status() == 409) {
            throw refused(caller, keyId, new KmsException(KmsError.KMSInvalidStateException, "The replica of key '"
                    + keyId + "' in " + targetRegion + " cannot become the primary key now: it is not an Enabled replica"
                    + " of this key, or it is still fetching the key's current material"));
        }
        throw refused(caller, keyId, new KmsException(KmsError.KMSInternalException, "Region " + targetRegion
                + " did not accept the primary update (status " + delivery.status() + ")"));
    }

    /** Audits a refused call durably, before the exception leaves this bean and dooms the caller's transaction. */
    private KmsException refused(CallerContext caller, String keyId, KmsException refusal) {
        auditLog.recordDurably(AuditEvent.of(caller, OPERATION, keyId, refusal.error().name()));
        return refusal;
    }

    /** Records, whatever happens to the caller's transaction, that the target is to back out of an update. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void callOffLater(String updateHex, String keyId, String targetRegion) {
        updates.save(PrimaryUpdate.backingOut(updateHex, keyId, targetRegion, Instant.now()));
    }

    /** Updates of which this region is the primary and whose next delivery is due, for the timer. */
    public List<String> due(int limit) {
        return updates.dueSources(Instant.now(), limit).stream().map(PrimaryUpdate::updateId).toList();
    }

    /**
     * One delivery attempt of phase 2 (COMMIT, or BACK_OUT once called off), in its own transaction.
     * A failed attempt is recorded with the next attempt's time; the key changes only on an answer.
     */
    public void advance(String updateId) {
        try (AccessScope.Handle system = systemScope()) {
            updates.find(updateId).filter(u -> u.role() == PrimaryUpdate.Role.SOURCE).ifPresent(this::advance);
        }
    }

    /** Forgets target outcomes nobody can ask about again. */
    public int forgetFinished() {
        return updates.removeTargetsStartedBefore(Instant.now().minus(TARGET_MEMORY));
    }

    private void advance(PrimaryUpdate update) {
        Key key = keys.findById(update.keyId()).orElse(null);
        String target = update.peerRegion();
        if (update.phase() == Phase.COMMITTING && (key == null || !handingOver(key, target))) {
            LOG.log(Level.WARNING, "Primary update {0} of {1}: the key no longer hands its role to {2}; dropped",
                    new Object[] {update.updateId(), update.keyId(), target});
            updates.delete(update.updateId());
            return;
        }
        PrimaryUpdatePayload payload = update.phase() == Phase.COMMITTING
                ? new PrimaryUpdatePayload(HEX.parseHex(update.updateId()), otherReplicas(key, target))
                : PrimaryUpdatePayload.of(HEX.parseHex(update.updateId()));
        MessageType type = update.phase() == Phase.COMMITTING
                ? MessageType.PRIMARY_UPDATE_COMMIT : MessageType.PRIMARY_UPDATE_BACK_OUT;
        int status;
        try {
            status = send(type, target, update.keyId(), payload).status();
        } catch (PeerUnreachableException unreachable) {
            status = 502;
        }
        Instant now = Instant.now();
        if (status >= 200 && status < 300) {
            updates.delete(update.updateId());
            if (type == MessageType.PRIMARY_UPDATE_COMMIT) {
                key.topology().becomeReplica(target);
                auditLog.recordWithStateChange(AuditEvent.of(system(update, "commit"), OPERATION, key.id(), AuditEvent.SUCCESS));
            }
        } else if (status == 409 && type == MessageType.PRIMARY_UPDATE_COMMIT) {
            // The target did not prepare this update or lost its key: this key stays the primary.
            key.topology().primaryUpdateCalledOff(target, update.replicaStateBefore());
            updates.save(update.calledOff(now));
            auditLog.recordWithStateChange(AuditEvent.of(system(update, "called-off"), OPERATION, key.id(),
                    KmsError.KMSInvalidStateException.name()));
        } else {
            PrimaryUpdate next = update.failedAttempt(now);
            updates.save(next);
            LOG.log(Level.INFO, "Primary update {0} of {1}: {2} to {3} not confirmed (status {4}, attempt {5})",
                    new Object[] {update.updateId(), update.keyId(), type, target, status, next.attempts()});
        }
    }

    private static boolean handingOver(Key key, String target) {
        MultiRegionTopology topology = key.topology();
        return topology.isPrimary() && key.state() == KeyState.Updating
                && topology.replicas().get(target) == KeyState.Updating;
    }

    private static SortedMap<String, KeyState> otherReplicas(Key key, String target) {
        SortedMap<String, KeyState> others = new TreeMap<>(key.topology().replicas());
        others.remove(target);
        return others;
    }

    private Delivery send(MessageType type, String destination, String keyId, PrimaryUpdatePayload payload) {
        ReplicationMessage message = outbound.compose(type, destination, keyId, boundary.newSessionId(),
                header -> payload.encode());
        return transport.send(destination, message.encode());
    }

    // ---- the target replica's Region (B) ------------------------------------------------------

    /** PRIMARY_UPDATE_BEGIN: this Region's key, an Enabled replica of the sender's primary, becomes Updating. */
    public void acceptBegin(byte[] encoded) {
        Received received = receive(encoded, MessageType.PRIMARY_UPDATE_BEGIN);
        MessageHeader header = received.header();
        if (received.known().isPresent()) {
            // Called off before it arrived, or delivered twice: an update begins only once.
            throw refusal(header, "update " + received.payload().updateHex() + " was seen before");
        }
        Key key = replicaOfSender(header);
        if (fetches.find(key.id()).isPresent()) {
            throw refusal(header, "the replica is still fetching material from its primary");
        }
        key.topology().primaryUpdateStarted();
        updates.targetsOf(key.id()).forEach(old -> updates.delete(old.updateId()));
        updates.save(PrimaryUpdate.target(received.payload().updateHex(), key.id(), header.sourceRegion(), Phase.PREPARED,
                Instant.now()));
        auditLog.recordWithStateChange(AuditEvent.of(ReplicaCreationService.system(header), OPERATION, key.id(),
                AuditEvent.SUCCESS));
    }

    /**
     * PRIMARY_UPDATE_COMMIT: this Region's key, prepared for this update, becomes the primary. A
     * repeated delivery of a committed update succeeds again without change; anything else (no such
     * prepared update, the key gone or no longer Updating) is refused for good.
     */
    public void acceptCommit(byte[] encoded) {
        Received received = receive(encoded, MessageType.PRIMARY_UPDATE_COMMIT);
        MessageHeader header = received.header();
        PrimaryUpdate prepared = received.known().orElseThrow(() -> refusal(header, "no such update was prepared"));
        if (prepared.phase() == Phase.COMMITTED) {
            return;
        }
        if (prepared.phase() != Phase.PREPARED) {
            throw refusal(header, "update " + prepared.updateId() + " was called off");
        }
        Key key = replicaOfSender(header);
        key.topology().becomePrimary(region, received.payload().otherReplicas());
        updates.save(prepared.finished(Phase.COMMITTED));
        committedAsNewPrimary(key, header);
    }

    /**
     * The one place where this Region's key has just become the primary, in the transaction that
     * commits it: the other replicas (every Region but the old primary's, which learns it from the
     * answer) are told of their new primary through the outbox.
     */
    private void committedAsNewPrimary(Key key, MessageHeader header) {
        topologyNotices.announceNewPrimary(key, header.sourceRegion());
        auditLog.recordWithStateChange(AuditEvent.of(ReplicaCreationService.system(header), OPERATION, key.id(),
                AuditEvent.SUCCESS));
    }

    /**
     * PRIMARY_UPDATE_BACK_OUT: a prepared update is called off and the key is Enabled again. An
     * update this Region never saw is remembered as called off, so its BEGIN, should it arrive
     * late, is refused.
     */
    public void acceptBackOut(byte[] encoded) {
        Received received = receive(encoded, MessageType.PRIMARY_UPDATE_BACK_OUT);
        MessageHeader header = received.header();
        Optional<PrimaryUpdate> known = received.known();
        if (known.isPresent() && known.get().phase() == Phase.COMMITTED) {
            throw refusal(header, "update " + known.get().updateId() + " was committed");
        }
        if (known.isPresent() && known.get().phase() == Phase.BACKED_OUT) {
            return;
        }
        Optional<Key> key = keys.findById(header.keyId());
        if (known.isEmpty()) {
            key.ifPresent(k -> updates.save(PrimaryUpdate.target(received.payload().updateHex(), k.id(),
                    header.sourceRegion(), Phase.BACKED_OUT, Instant.now())));
            return;
        }
        key.filter(k -> k.state() == KeyState.Updating && !k.topology().isPrimary())
                .ifPresent(k -> k.topology().replicaUpdateCalledOff());
        updates.save(known.get().finished(Phase.BACKED_OUT));
        auditLog.recordWithStateChange(AuditEvent.of(ReplicaCreationService.system(header), OPERATION, header.keyId(),
                "CalledOff"));
    }

    private record Received(MessageHeader header, PrimaryUpdatePayload payload, Optional<PrimaryUpdate> known) {
    }

    /** Verifies and records the message, and finds what this Region knows of its update. */
    private Received receive(byte[] encoded, MessageType type) {
        ReplicationMessage message = inbound.verify(encoded, Set.of(type));
        MessageHeader header = message.header();
        inbound.accept(header);
        PrimaryUpdatePayload payload = PrimaryUpdatePayload.decode(type, message.payload());
        Optional<PrimaryUpdate> known = updates.find(payload.updateHex())
                .filter(u -> u.role() == PrimaryUpdate.Role.TARGET && u.keyId().equals(header.keyId())
                        && u.peerRegion().equals(header.sourceRegion()));
        return new Received(header, payload, known);
    }

    /** The key the message names, as a replica whose primary is the sender's Region. */
    private Key replicaOfSender(MessageHeader header) {
        Key key = keys.findById(header.keyId()).orElseThrow(() -> refusal(header, "no such key"));
        if (key.topology().isPrimary() || !header.sourceRegion().equals(key.topology().primaryRegion())) {
            throw refusal(header, "the key is no replica of the sender's primary");
        }
        return key;
    }

    /** A lasting refusal: the transport answers 409, which the primary's Region takes as final. */
    private static KmsException refusal(MessageHeader header, String why) {
        return new KmsException(KmsError.KMSInvalidStateException, "Primary update of key '" + header.keyId()
                + "' from " + header.sourceRegion() + " refused: " + why);
    }

    private PrimaryUpdateService self() {
        return context.getBusinessObject(PrimaryUpdateService.class);
    }

    private static AccessScope.Handle systemScope() {
        return AccessScope.open(new AccessScope.Frame(null, OPERATION, Map.of()));
    }

    private static CallerContext system(PrimaryUpdate update, String step) {
        return new CallerContext(ReplicaCreationService.SYSTEM_PRINCIPAL, update.updateId() + "/" + step,
                update.peerRegion(), "replication");
    }
}
