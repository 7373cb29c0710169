package io.strongroom.application;

import io.strongroom.application.access.KeyPolicies;
import io.strongroom.client.Tag;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.TagRules;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * ReplicateKey and UpdatePrimaryRegion as far as the primary's Region takes them alone: the caller
 * is authorized on the primary, every input AWS checks is checked, and the primary records the new
 * replica as Creating, or itself and the target replica as Updating. Completing either needs the
 * other Region: {@link ReplicationService} orders the replica through the replication transport in
 * the same transaction, and {@link PrimaryUpdateService} hands the primary role over (the API
 * calls ReplicationService for both).
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

    /**
     * ReplicateKey: the replica gets its own policy (the default key policy unless one is given),
     * description ("" unless given) and tags (none unless given); none is copied from the primary.
     *
     * @return what the replica's Region is to create
     */
    public ReplicaOrder replicateKey(CallerContext caller, String keyId, String replicaRegion, String policy,
                                     boolean bypassPolicyLockoutSafetyCheck, String description, List<Tag> tags) {
        // The request's own members first, before the key is looked up (the aggregate checks the Region again).
        MultiRegionTopology.checkRegion("replicaRegion", replicaRegion);
        Key.checkDescription(description);
        List<Tag> replicaTags = TagRules.validate(tags);
        Key primary = find(keyId);
        MultiRegionTopology topology = primary.topology();
        // The replica as its Region will hold it; its peers are the primary's replicas so far.
        Key replica = MultiRegionTopology.createReplica(primary.id(), description == null ? "" : description,
                primary.spec(), primary.usage(), primary.origin(), topology.primaryRegion(), topology.replicas(), now());
        // The lockout check reads the policy against the key's ARN in this region; the replica's region
        // is to check it again against its own ARN when it creates the replica.
        keyPolicies.applyToNewKey(caller, replica, policy, bypassPolicyLockoutSafetyCheck);
        topology.replicaRequested(replicaRegion, region);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "ReplicateKey", primary.id(), AuditEvent.SUCCESS));
        return new ReplicaOrder(replica.metadata(new RegionIdentity(replicaRegion, region.accountId())),
                replica.record().getPolicy(), replicaTags);
    }

    /**
     * UpdatePrimaryRegion: this primary and its replica in {@code primaryRegion} become Updating.
     *
     * @return the key's id (the caller may have named it by ARN or alias)
     */
    public String updatePrimaryRegion(CallerContext caller, String keyId, String primaryRegion) {
        MultiRegionTopology.checkRegion("primaryRegion", primaryRegion);
        Key key = find(keyId);
        key.topology().beginPrimaryUpdate(primaryRegion);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "UpdatePrimaryRegion", key.id(), AuditEvent.SUCCESS));
        return key.id();
    }

    private Key find(String keyId) {
        return keys.find(KeyReference.parse("keyId", keyId, region), keyId);
    }

    // PostgreSQL keeps microseconds; the replica's creation date must read back as it was made.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
