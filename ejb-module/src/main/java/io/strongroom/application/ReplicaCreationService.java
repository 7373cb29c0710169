package io.strongroom.application;

import io.strongroom.application.access.AccessScope;
import io.strongroom.application.access.KeyPolicies;
import io.strongroom.application.replication.InboundVerifier;
import io.strongroom.application.replication.ReceivedMaterial;
import io.strongroom.application.replication.ReplicationRequester;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.replication.KeyProperties;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.MessageType;
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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The replica's Region side of ReplicateKey. A verified REPLICA_ORDER from the primary's Region
 * creates the replica, Creating and without material, so it cannot be used. Completing it is a
 * separate transaction that runs the ECDH exchange as region B: only when the material arrived,
 * verified and unwrapped, does the replica become Enabled (PendingImport for imported material,
 * which never travels). A failed attempt changes nothing and is retried by the completion timer,
 * also after a restart, since the only state is the replica's row.
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

    /** Replicas whose creation has not completed yet, for the completion timer. */
    public List<String> pending(int limit) {
        return keys.replicasInCreation(limit);
    }

    /**
     * One attempt to complete a replica: requests the material from the primary's Region, accepts
     * the answer only if it verifies and belongs to the session, stores the material sealed under
     * this Region's root key and moves the replica on. Throws, changing nothing, when the peer is
     * unreachable or refuses.
     *
     * @return whether the replica was completed by this call (false: it is not Creating any more)
     */
    public boolean complete(String keyId) {
        try (AccessScope.Handle system = systemScope()) {
            return completeNow(keyId);
        }
    }

    private boolean completeNow(String keyId) {
        Key replica = keys.findById(keyId).orElse(null);
        if (replica == null || !replica.isMultiRegion() || replica.topology().isPrimary()
                || replica.state() != io.strongroom.domain.KeyState.Creating) {
            return false;
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
            KeyMaterialRecord record = new KeyMaterialRecord(keyId, version.materialVersion(), version.sealedMaterial(), now);
            record.setPublicKey(version.publicKey());
            keys.storeMaterial(record);
        }
        replica.topology().replicaCreated(material.versions().isEmpty() ? null : shared.currentMaterialVersion());
        return true;
    }

    /** The primary's Region ordered it, and the replica's own key policy does not bind the region itself. */
    private static AccessScope.Handle systemScope() {
        return AccessScope.open(new AccessScope.Frame(null, "ReplicateKey", Map.of()));
    }

    private static CallerContext system(MessageHeader header) {
        return new CallerContext(SYSTEM_PRINCIPAL, header.sessionHex(), header.sourceRegion(), "replication");
    }
}
