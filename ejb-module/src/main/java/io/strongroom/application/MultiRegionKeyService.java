package io.strongroom.application;

import io.strongroom.application.access.KeyPolicies;
import io.strongroom.application.replication.OutboundMessages;
import io.strongroom.application.replication.RepositoryReplicableKeys;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.TagRules;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.PeerRegionRepository;
import io.strongroom.domain.replication.ReplicaOrderPayload;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import io.strongroom.infrastructure.replication.RelayTransport;
import io.strongroom.infrastructure.replication.RelayTransport.Delivery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * ReplicateKey and UpdatePrimaryRegion in the primary's Region: the caller is authorized on the
 * primary and every input AWS checks is checked. ReplicateKey then orders the replica from its
 * Region with a signed REPLICA_ORDER through the relay and records it as Creating only if that
 * Region accepted the order; the replica's Region fetches the material itself. UpdatePrimaryRegion
 * goes no further than this Region (both keys Updating) and is not offered on the API, since the
 * role swap in the other Region is not carried by the transport yet.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class MultiRegionKeyService {

    @Inject
    private KeyRepository keys;
    @Inject
    private KeyPolicies keyPolicies;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
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

    /**
     * ReplicateKey: the replica gets its own policy (the default key policy unless one is given),
     * description ("" unless given) and tags (none unless given); none is copied from the primary.
     *
     * @return what the replica's Region is to create
     */
    public ReplicaOrder replicateKey(CallerContext caller, String keyId, String replicaRegion, String policy,
                                     boolean bypassPolicyLockoutSafetyCheck, String description, List<Tag> tags) {
        MultiRegionTopology.checkRegion("replicaRegion", replicaRegion);
        Key.checkDescription(description);
        List<Tag> replicaTags = TagRules.validate(tags);
        Key primary = find(keyId);
        MultiRegionTopology topology = primary.topology();
        // The replica as its Region will hold it; its peers are the primary's replicas so far.
        Key replica = MultiRegionTopology.createReplica(primary.id(), description == null ? "" : description,
                primary.spec(), primary.usage(), primary.origin(), topology.primaryRegion(), topology.replicas(), now());
        keyPolicies.applyToNewKey(caller, replica, policy, bypassPolicyLockoutSafetyCheck);
        topology.replicaRequested(replicaRegion, region);
        order(primary, replicaRegion, new ReplicaOrderPayload(replicableKeys.properties(primary), replica.record().getDescription(),
                replica.record().getPolicy(), replicaTags, replicaPeers(topology, replicaRegion)));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "ReplicateKey", primary.id(), AuditEvent.SUCCESS));
        return new ReplicaOrder(replica.metadata(new RegionIdentity(replicaRegion, region.accountId())),
                replica.record().getPolicy(), replicaTags);
    }

    /** UpdatePrimaryRegion: this primary and its replica in {@code primaryRegion} become Updating. */
    public void updatePrimaryRegion(CallerContext caller, String keyId, String primaryRegion) {
        MultiRegionTopology.checkRegion("primaryRegion", primaryRegion);
        Key key = find(keyId);
        key.topology().beginPrimaryUpdate(primaryRegion);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "UpdatePrimaryRegion", key.id(), AuditEvent.SUCCESS));
    }

    /** The replica's Region creates the replica or refuses; a refusal or silence changes nothing here. */
    private void order(Key primary, String replicaRegion, ReplicaOrderPayload payload) {
        if (peers.find(replicaRegion).isEmpty()) {
            throw KmsException.validation("replicaRegion", "Region " + replicaRegion + " is not a registered peer region");
        }
        ReplicationMessage message = outbound.compose(MessageType.REPLICA_ORDER, replicaRegion, primary.id(),
                boundary.newSessionId(), header -> payload.encode());
        Delivery delivery = transport.send(replicaRegion, message.encode());
        if (delivery.status() == 409) {
            throw new KmsException(KmsError.AlreadyExistsException,
                    "Region " + replicaRegion + " already holds a key with id " + primary.id());
        }
        if (!delivery.delivered()) {
            throw new KmsException(KmsError.KMSInternalException,
                    "Region " + replicaRegion + " did not accept the replica (status " + delivery.status() + ")");
        }
    }

    /** The replica's related keys other than itself: the primary's other replicas, as the primary knows them. */
    private static SortedMap<String, KeyState> replicaPeers(MultiRegionTopology topology, String replicaRegion) {
        SortedMap<String, KeyState> others = new TreeMap<>(topology.replicas());
        others.remove(replicaRegion);
        return others;
    }

    private Key find(String keyId) {
        return keys.find(KeyReference.parse("keyId", keyId, region), keyId);
    }

    // PostgreSQL keeps microseconds; the replica's creation date must read back as it was made.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
