package io.strongroom.application;

import io.strongroom.domain.ImportedMaterialRepository;
import io.strongroom.domain.Key;
import io.strongroom.domain.RegionIdentity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Deletes the expired material of one key in a transaction of its own, so that a key that cannot
 * be handled rolls back alone and the sweep goes on. The key waits in PendingImport (or stays
 * PendingDeletion) for the same material; its metadata and fingerprint stay.
 */
@Stateless
public class DueMaterialExpiry {

    /** The audit operation of an expiry, as CloudTrail names it. */
    static final String OPERATION = "DeleteExpiredKeyMaterial";
    /** The audit operation of the one warning per key that its material expires soon. */
    static final String WARNING = "KeyMaterialExpiresSoon";

    @Inject
    private ImportedMaterialRepository imported;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private TopologyNotices topologyNotices;

    /** @return true when this call deleted the material; false when it is no longer expired, gone or held elsewhere */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expireMaterial(String keyId, Instant now) {
        Key key = imported.claimExpired(keyId, now).orElse(null);
        if (key == null) {
            return false;
        }
        key.materialRemoved();
        imported.removeMaterial(key.id());
        topologyNotices.replicaStateChanged(key);
        auditLog.recordWithStateChange(AuditEvent.of(DueKeyDeletion.timerCaller(region), OPERATION, keyId, AuditEvent.SUCCESS));
        return true;
    }

    /**
     * Records once per key, in the audit log, that its material has entered the warning window.
     * @return true when this call recorded the warning
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean warn(String keyId, Instant windowEnd, Instant now) {
        Key key = imported.claimUnwarned(keyId, windowEnd).orElse(null);
        if (key == null) {
            return false;
        }
        key.record().setExpiryWarnedAt(now);
        auditLog.recordWithStateChange(AuditEvent.of(DueKeyDeletion.timerCaller(region), WARNING, keyId, AuditEvent.SUCCESS));
        return true;
    }

    /** Withdraws wrapping key pairs whose import tokens have expired; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeExpiredWrappingKeys(Instant now, int limit) {
        return imported.removeExpiredWrappingKeys(now, limit);
    }
}
