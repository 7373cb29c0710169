package io.strongroom.application;

import io.strongroom.domain.Key;
import io.strongroom.domain.KeyDeletionRepository;
import io.strongroom.domain.RegionIdentity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * Deletes one key whose deletion date has passed, in a transaction of its own, so that a key
 * that cannot be deleted rolls back alone and the sweep goes on with the next one. The key's
 * material, tags and aliases go; a tombstone and the audit event stay.
 */
@Stateless
public class DueKeyDeletion {

    /** The channel of the sweeper's audit events. */
    public static final String CHANNEL = "timer";
    static final String SOURCE_ADDRESS = "internal";

    @Inject
    private KeyDeletionRepository deletions;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private TopologyNotices topologyNotices;

    /**
     * @return true when this call deleted the key; false when the key is no longer due, is gone,
     *         or another sweeper holds it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deleteKey(String keyId, Instant now) {
        Key key = deletions.claimDue(keyId, now).orElse(null);
        if (key == null) {
            return false;
        }
        // A replica's primary learns of the deletion once it committed, from the outbox.
        topologyNotices.replicaDeleted(key);
        deletions.delete(key, Instant.now());
        auditLog.recordWithStateChange(AuditEvent.of(timerCaller(region), "DeleteKey", keyId, AuditEvent.SUCCESS));
        return true;
    }

    /** The account acts through the deletion it scheduled; the timer is the interface. */
    static CallerContext timerCaller(RegionIdentity region) {
        return new CallerContext("arn:aws:iam::" + region.accountId() + ":root", UUID.randomUUID().toString(),
                SOURCE_ADDRESS, CHANNEL);
    }
}
