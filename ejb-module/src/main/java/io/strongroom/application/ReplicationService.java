package io.strongroom.application;

import io.strongroom.application.access.AccessScope;
import io.strongroom.application.replication.OutboundMessages;
import io.strongroom.application.replication.RepositoryReplicableKeys;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.PeerRegionRepository;
import io.strongroom.domain.replication.ReplicaOrderPayload;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import io.strongroom.infrastructure.replication.RelayTransport;
import io.strongroom.infrastructure.replication.RelayTransport.Delivery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * ReplicateKey and UpdatePrimaryRegion across Regions. ReplicateKey: the primary's Region checks and records the replica
 * ({@link MultiRegionKeyService}), then orders it from the replica's Region with a signed
 * REPLICA_ORDER through the relay, in the same transaction. The primary records the replica only
 * if that Region accepted the order; the replica's Region then fetches the material itself.
 * MultiRegionKeyService authorizes the caller and audits its own refusals; a refused order is
 * audited here, before its exception rolls back the transaction.
 */
@Stateless
public class ReplicationService {

    @Inject
    private MultiRegionKeyService multiRegionKeys;
    @Inject
    private KeyRepository keys;
    @Inject
    private RepositoryReplicableKeys replicableKeys;
    @Inject
    private PeerRegionRepository peers;
    @Inject
    private OutboundMessages outbound;
    @Inject
    private ReplicationBoundary boundary;
    @Inject
    private RelayTransport transport;
    @Inject
    private AuditLog auditLog;
    @Inject
    private TopologyNotices topologyNotices;
    @Inject
    private PrimaryUpdateService primaryUpdates;

    /** ReplicateKey; the answer (ReplicaKeyMetadata Creating, ReplicaPolicy, ReplicaTags) once the order was accepted. */
    public ReplicaOrder replicateKey(CallerContext caller, String keyId, String replicaRegion, String policy,
                                     boolean bypassPolicyLockoutSafetyCheck, String description, List<Tag> tags) {
        ReplicaOrder order = multiRegionKeys.replicateKey(caller, keyId, replicaRegion, policy,
                bypassPolicyLockoutSafetyCheck, description, tags);
        // The caller was authorized on the primary above; what follows reads the key as the region.
        try (AccessScope.Handle system = AccessScope.open(new AccessScope.Frame(null, "ReplicateKey", Map.of()))) {
            // The default key policy (no policy given) is never checked, here or there.
            order(order, replicaRegion, caller.principalArn(), bypassPolicyLockoutSafetyCheck || policy == null);
        } catch (KmsException refused) {
            auditLog.recordDurably(AuditEvent.of(caller, "ReplicateKey", keyId, refused.error().name()));
            throw refused;
        }
        return order;
    }

    /**
     * UpdatePrimaryRegion: the primary's Region checks the request and marks itself and the target
     * replica Updating, then the target's Region accepts the update in the same transaction
     * ({@link PrimaryUpdateService#begin}); the roles swap shortly after, from a timer. A refusal is
     * audited before its exception rolls back the transaction (by PrimaryUpdateService for its own).
     */
    public void updatePrimaryRegion(CallerContext caller, String keyId, String primaryRegion) {
        String id = multiRegionKeys.updatePrimaryRegion(caller, keyId, primaryRegion);
        try {
            requirePeer("primaryRegion", primaryRegion);
        } catch (KmsException refused) {
            auditLog.recordDurably(AuditEvent.of(caller, "UpdatePrimaryRegion", id, refused.error().name()));
            throw refused;
        }
        primaryUpdates.begin(caller, id, primaryRegion);
    }

    private void requirePeer(String field, String region) {
        if (peers.find(region).isEmpty()) {
            throw KmsException.validation(field, "Region " + region + " is not a registered peer region");
        }
    }

    private void order(ReplicaOrder order, String replicaRegion, String requesterArn, boolean bypassLockoutCheck) {
        requirePeer("replicaRegion", replicaRegion);
        Key primary = keys.findById(order.replicaKeyMetadata().keyId()).orElseThrow();
        SortedMap<String, KeyState> otherReplicas = new TreeMap<>(primary.topology().replicas());
        otherReplicas.remove(replicaRegion);
        ReplicaOrderPayload payload = new ReplicaOrderPayload(replicableKeys.properties(primary),
                order.replicaKeyMetadata().description(), order.replicaPolicy(), bypassLockoutCheck, requesterArn,
                order.replicaTags(), otherReplicas);
        ReplicationMessage message = outbound.compose(MessageType.REPLICA_ORDER, replicaRegion, primary.id(),
                boundary.newSessionId(), header -> payload.encode());
        Delivery delivery = transport.send(replicaRegion, message.encode());
        // Any refusal rolls back what the primary recorded: no replica is announced that no Region makes.
        if (delivery.status() == 409) {
            throw new KmsException(KmsError.AlreadyExistsException,
                    "Region " + replicaRegion + " already holds a key with id " + primary.id());
        }
        if (delivery.status() == 422) {
            // The replica's Region ran the lockout safety check against the replica's ARN there.
            throw new KmsException(KmsError.MalformedPolicyDocumentException, "The new key policy will not allow you "
                    + "to update the key policy of the replica in " + replicaRegion + " in the future.");
        }
        if (!delivery.delivered()) {
            throw new KmsException(KmsError.KMSInternalException,
                    "Region " + replicaRegion + " did not accept the replica (status " + delivery.status() + ")");
        }
        // The earlier replicas learn of the new one once this commits; a rolled-back order tells nobody.
        topologyNotices.replicaAdded(primary, replicaRegion);
        topologyNotices.rotationSettingTo(primary, replicaRegion);
    }
}
