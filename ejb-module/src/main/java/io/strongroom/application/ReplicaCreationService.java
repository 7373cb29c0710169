package io.strongroom.application;

import io.strongroom.application.access.AccessScope;
import io.strongroom.application.access.KeyPolicies;
import io.strongroom.application.replication.InboundVerifier;
import io.strongroom.application.replication.ReceivedMaterial;
import io.strongroom.application.replication.ReplicationRequester;
import io.strongroom.domain.replication.RetryDelay;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.replication.KeyProperties;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.ReplicaFetches;
import io.strongroom.domain.replication.ReplicaOrderPayload;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import io.strongroom.infrastructure.replication.PeerUnreachableException;
import io.strongroom.infrastructure.replication.RelayTransport;
import io.strongroom.infrastructure.replication.RelayTransport.Delivery;
import io.strongroom.persistence.KeyMaterialRecord;
import io.strongroom.persistence.KeyTagRecord;
import io.strongroom.persistence.ReplicaFetchRecord;
import io.strongroom.persistence.RetrySchedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The replica's Region side of ReplicateKey and of its primary's rotations. A verified
 * REPLICA_ORDER from the primary's Region creates the replica, Creating and without material, so
 * it cannot be used, and records that it lacks material. Fetching it is a separate transaction
 * that runs the ECDH exchange as region B: only when the material arrived, verified and
 * unwrapped, does the replica become Enabled (PendingImport for imported material, which never
 * travels), and its primary is told. A primary's MATERIAL_ROTATED notice records the same need
 * for a replica past its creation, which then stores the versions it lacks and takes the
 * primary's current one. A failed attempt changes nothing and is retried by the completion
 * timer with the backoff stored beside the need, also after a restart.
 */
@Stateless
public class ReplicaCreationService {

    static final String SYSTEM_PRINCIPAL = "strongroom:replication";

    @Inject
    private KeyRepository keys;
    @Inject
    private InboundVerifier inbound;
    @Inject
    private ReplicationRequester requester;
    @Inject
    private RelayTransport transport;
    @Inject
    private AuditLog auditLog;
    @Inject
    private ReplicaFetches fetches;
    @Inject
    private TopologyNotices notices;
    @Inject
    private KeyPolicies keyPolicies;

    /** Verifies a REPLICA_ORDER and records the replica it orders as Creating. */
    public void acceptOrder(byte[] encoded) {
        try (AccessScope.Handle system = systemScope()) {
            createOrdered(encoded);
        }
    }

    private void createOrdered(byte[] encoded) {
        ReplicationMessage message = inbound.verify(encoded, Set.of(MessageType.REPLICA_ORDER));
        MessageHeader header = message.header();
        inbound.accept(header);
        ReplicaOrderPayload order = ReplicaOrderPayload.decode(message.payload());
        if (keys.findById(header.keyId()).isPresent()) {
            // A related key or a replica ordered before: the primary's Region reports AlreadyExists.
            throw new ReplicationRefusedException(ReplicationError.KEY_PROPERTIES_MISMATCH, "key " + header.keyId());
        }
        KeyProperties shared = order.properties();
        Key replica = MultiRegionTopology.createReplica(header.keyId(), order.description(), shared.keySpec(),
                shared.keyUsage(), shared.origin(), header.sourceRegion(), order.otherReplicas(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        applyPolicy(header, order, replica);
        keys.store(replica);
        for (Tag tag : order.tags()) {
            keys.storeTag(new KeyTagRecord(replica.id(), tag.tagKey(), tag.tagValue()));
        }
        fetches.wantCreation(replica.id(), Instant.now());
        auditLog.recordWithStateChange(AuditEvent.of(system(header), "ReplicateKey", replica.id(), AuditEvent.SUCCESS));
    }

    /**
     * The replica's policy, checked again here against the replica's own ARN for the principal that
     * called ReplicateKey (with this region's identity policies for it), unless it bypassed the check.
     */
    private void applyPolicy(MessageHeader header, ReplicaOrderPayload order, Key replica) {
        CallerContext requester = new CallerContext(order.requesterArn(), header.sessionHex(), header.sourceRegion(),
                "replication");
        try {
            keyPolicies.replace(requester, replica, order.policy(), order.bypassPolicyLockoutSafetyCheck());
        } catch (KmsException refused) {
            if (refused.error() != KmsError.MalformedPolicyDocumentException) {
                throw refused;
            }
            throw new ReplicationRefusedException(ReplicationError.POLICY_LOCKOUT, "key " + replica.id());
        }
    }

    /** Replicas that lack material and whose next attempt is due, for the completion timer. */
    public List<String> pending(int limit) {
        return fetches.due(Instant.now(), limit);
    }

    /** At start: every pending fetch is due at once, whatever backoff it was in. */
    public int resumeFetches() {
        return fetches.resumeAll(Instant.now());
    }

    /**
     * One attempt to fetch what a replica lacks from its primary's Region: requests the material,
     * accepts the answer only if it verifies and belongs to the session, stores the versions this
     * Region does not hold yet, sealed under its root key, and moves the replica on — a replica
     * being created to Enabled (PendingImport for imported material), any other to the primary's
     * current version. Throws, changing nothing, when the peer is unreachable or refuses.
     *
     * @return whether material was fetched by this call (false: nothing is lacking any more)
     */
    public boolean fetchMaterial(String keyId) {
        try (AccessScope.Handle system = systemScope()) {
            return fetchNow(keyId);
        }
    }

    /**
     * Records a failed attempt, in a transaction of its own since the attempt's rolled back: the
     * next one waits twice as long as the last, up to five minutes.
     *
     * @return the number of failed attempts so far
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fetchFailed(String keyId, String reason) {
        return fetches.find(keyId).map(fetch -> {
            RetrySchedule retry = fetch.getRetry();
            retry.failed(Instant.now().plus(RetryDelay.after(retry.getAttempts() + 1)), reason);
            return retry.getAttempts();
        }).orElse(0);
    }

    private boolean fetchNow(String keyId) {
        ReplicaFetchRecord fetch = fetches.find(keyId).orElse(null);
        if (fetch == null) {
            return false;
        }
        Key replica = keys.findById(keyId).orElse(null);
        if (replica == null || !replica.isMultiRegion() || replica.topology().isPrimary() || lacksNothing(replica, fetch)) {
            fetches.done(fetch);
            return false;
        }
        boolean creating = replica.state() == KeyState.Creating;
        if (!creating && replica.record().getCurrentMaterialVersion() == null) {
            throw new KmsException(KmsError.KMSInvalidStateException, "Replica " + keyId
                    + " holds no material and is not being created; it waits for CancelKeyDeletion");
        }
        String primaryRegion = replica.topology().primaryRegion();
        ReplicationMessage request = requester.requestMaterial(primaryRegion, keyId, replica.spec());
        Delivery answer = transport.send(primaryRegion, request.encode());
        if (!answer.delivered() || answer.body().length == 0) {
            throw new PeerUnreachableException("the primary's Region " + primaryRegion + " refused the request or gave no answer ("
                    + answer.status() + ")");
        }
        ReceivedMaterial material = requester.acceptMaterial(answer.body());
        KeyProperties shared = material.properties();
        if (shared.keyUsage() != replica.usage() || shared.origin() != replica.origin()) {
            throw new ReplicationRefusedException(ReplicationError.KEY_PROPERTIES_MISMATCH, "key " + keyId);
        }
        Instant now = Instant.now();
        for (SealedVersion version : material.versions()) {
            if (keys.findMaterial(keyId, version.materialVersion()).isEmpty()) {
                KeyMaterialRecord record = new KeyMaterialRecord(keyId, version.materialVersion(), version.sealedMaterial(), now);
                record.setPublicKey(version.publicKey());
                keys.storeMaterial(record);
            }
        }
        Integer current = material.versions().isEmpty() ? null : shared.currentMaterialVersion();
        if (creating) {
            replica.topology().replicaCreated(current);
            notices.replicaStateChanged(replica);
        } else {
            replica.topology().materialFetched(current);
        }
        fetches.done(fetch);
        return true;
    }

    /** A replica past its creation that already holds the version its primary announced. */
    private static boolean lacksNothing(Key replica, ReplicaFetchRecord fetch) {
        Integer current = replica.record().getCurrentMaterialVersion();
        return replica.state() != KeyState.Creating && current != null
                && (fetch.getWantedMaterialVersion() == null || current >= fetch.getWantedMaterialVersion());
    }

    /** The primary's Region ordered it, and the replica's own key policy does not bind the region itself. */
    private static AccessScope.Handle systemScope() {
        return AccessScope.open(new AccessScope.Frame(null, "ReplicateKey", Map.of()));
    }

    /** The peer region acting through a verified message, as the audit trail names it. */
    static CallerContext system(MessageHeader header) {
        return new CallerContext(SYSTEM_PRINCIPAL, header.sessionHex(), header.sourceRegion(), "replication");
    }
}
