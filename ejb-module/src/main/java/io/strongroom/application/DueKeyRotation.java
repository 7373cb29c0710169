package io.strongroom.application;

import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.domain.KeyRotationRules;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.RotationType;
import io.strongroom.persistence.KeyRotationScheduleRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The automatic rotation of one due key, in a transaction of its own, so that a key that cannot
 * rotate rolls back alone and the sweep goes on with the next one. The next rotation is one period
 * after this one.
 */
@Stateless
public class DueKeyRotation {

    /** The channel of the sweeper's audit events. */
    static final String CHANNEL = "timer";
    static final String SOURCE_ADDRESS = "internal";

    @Inject
    private KeyRotationRepository rotations;
    @Inject
    private KeyMaterialRotation materialRotation;
    @Inject
    private AuditLog auditLog;
    @Inject
    private TopologyNotices topologyNotices;
    @Inject
    private RegionIdentity region;

    /**
     * @return true when this call rotated the key; false when it is no longer due or Enabled, is a
     *         multi-Region replica, or another node holds it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean rotateKey(String keyId, Instant now) {
        Key key = rotations.claimDueKey(keyId, now).orElse(null);
        if (key == null || !KeyRotationRules.rotatesAutomaticallyHere(key)) {
            return false;
        }
        KeyRotationRules.ensureRotatable(key);
        KeyRotationScheduleRecord schedule = rotations.schedule(keyId).orElseThrow();
        Instant rotationDate = now.truncatedTo(ChronoUnit.MILLIS);
        materialRotation.rotate(key, RotationType.AUTOMATIC, rotationDate);
        schedule.setNextRotationDate(KeyRotationRules.nextRotationDate(rotationDate, schedule.getRotationPeriodDays()));
        topologyNotices.rotationSettingChanged(key);
        // A constraint violation at commit would be reported as a rollback without its cause; fail here instead.
        rotations.flush();
        auditLog.recordWithStateChange(AuditEvent.of(timerCaller(region), "RotateKey", keyId, AuditEvent.SUCCESS));
        return true;
    }

    /** The account acts through the rotation it enabled; the timer is the interface. */
    static CallerContext timerCaller(RegionIdentity region) {
        return new CallerContext("arn:aws:iam::" + region.accountId() + ":root", UUID.randomUUID().toString(),
                SOURCE_ADDRESS, CHANNEL);
    }
}
