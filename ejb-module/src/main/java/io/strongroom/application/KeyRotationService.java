package io.strongroom.application;

import io.strongroom.client.KeyRotationEntry;
import io.strongroom.client.KeyRotationPage;
import io.strongroom.client.KeyRotationStatus;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyOperation;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.domain.KeyRotationRules;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.RotationType;
import io.strongroom.persistence.KeyRotationRecord;
import io.strongroom.persistence.KeyRotationScheduleRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand, ListKeyRotations
 * for symmetric encryption keys whose material KMS generated. Due automatic rotations are the
 * sweeper's ({@link KeyRotationSweep}).
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class KeyRotationService {

    static final int DEFAULT_LIST_LIMIT = 100;

    @Inject
    private KeyRepository keys;
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

    /** Starts (or re-times) automatic rotation: the next rotation is one period after enabling. */
    public void enableKeyRotation(CallerContext caller, String keyId, Integer rotationPeriodInDays) {
        int period = KeyRotationRules.rotationPeriod(rotationPeriodInDays);
        Key key = rotationSettingOwner(keyId, "EnableKeyRotation");
        rotations.lockForRotation(key);
        key.ensureAllowed(KeyOperation.TAG_UNTAG_DESCRIPTION);
        Optional<KeyRotationScheduleRecord> existing = rotations.schedule(key.id());
        if (existing.isPresent()) {
            KeyRotationScheduleRecord schedule = existing.get();
            schedule.setNextRotationDate(KeyRotationRules.rescheduled(schedule.getNextRotationDate(),
                    schedule.getRotationPeriodDays(), period));
            schedule.setRotationPeriodDays(period);
        } else {
            rotations.storeSchedule(new KeyRotationScheduleRecord(key.id(), period,
                    KeyRotationRules.nextRotationDate(now(), period)));
        }
        topologyNotices.rotationSettingChanged(key);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "EnableKeyRotation", key.id(), AuditEvent.SUCCESS));
    }

    public void disableKeyRotation(CallerContext caller, String keyId) {
        Key key = rotationSettingOwner(keyId, "DisableKeyRotation");
        rotations.lockForRotation(key);
        key.ensureAllowed(KeyOperation.TAG_UNTAG_DESCRIPTION);
        rotations.schedule(key.id()).ifPresent(rotations::removeSchedule);
        topologyNotices.rotationSettingChanged(key);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "DisableKeyRotation", key.id(), AuditEvent.SUCCESS));
    }

    public KeyRotationStatus getKeyRotationStatus(CallerContext caller, String keyId) {
        Key key = rotatableKey(keyId);
        key.ensureAllowed(KeyOperation.READ_OR_POLICY);
        Optional<KeyRotationScheduleRecord> schedule = rotations.schedule(key.id());
        boolean enabled = KeyRotationRules.reportsRotationEnabled(key, schedule.isPresent());
        auditLog.recordDurably(AuditEvent.of(caller, "GetKeyRotationStatus", key.id(), AuditEvent.SUCCESS));
        return enabled
                ? new KeyRotationStatus(true, key.id(), schedule.get().getRotationPeriodDays(),
                        schedule.get().getNextRotationDate())
                : new KeyRotationStatus(false, key.id(), null, null);
    }

    /** Rotates now, whatever the automatic schedule (which stays as it was); at most 10 times per key. */
    public String rotateKeyOnDemand(CallerContext caller, String keyId) {
        Key key = rotationSettingOwner(keyId, "RotateKeyOnDemand");
        rotations.lockForRotation(key);
        key.ensureAllowed(KeyOperation.CRYPTOGRAPHIC);
        KeyRotationRules.ensureOnDemandRotationAvailable(key, rotations.countRotations(key.id(), RotationType.ON_DEMAND));
        materialRotation.rotate(key, RotationType.ON_DEMAND, now());
        auditLog.recordWithStateChange(AuditEvent.of(caller, "RotateKeyOnDemand", key.id(), AuditEvent.SUCCESS));
        return key.id();
    }

    public KeyRotationPage listKeyRotations(CallerContext caller, String keyId, Integer limit, String marker) {
        int pageSize = limit == null ? DEFAULT_LIST_LIMIT : limit;
        if (pageSize < 1 || pageSize > 1000) {
            throw KmsException.validation("limit", "Member must have value between 1 and 1000");
        }
        int afterVersion = decodeMarker(marker);
        Key key = rotatableKey(keyId);
        key.ensureAllowed(KeyOperation.READ_OR_POLICY);
        List<KeyRotationRecord> found = rotations.rotationsAfter(key.id(), afterVersion, pageSize + 1);
        boolean truncated = found.size() > pageSize;
        List<KeyRotationRecord> page = found.stream().limit(pageSize).toList();
        String nextMarker = truncated ? encodeMarker(page.get(page.size() - 1).getMaterialVersion()) : null;
        auditLog.recordDurably(AuditEvent.of(caller, "ListKeyRotations", key.id(), AuditEvent.SUCCESS));
        return new KeyRotationPage(page.stream()
                .map(r -> new KeyRotationEntry(r.getKeyId(), r.getRotationDate(), r.getRotationType())).toList(),
                nextMarker, truncated);
    }

    /** A key ID or key ARN (AWS takes no alias in the rotation operations) naming a key that can rotate. */
    private Key rotatableKey(String keyId) {
        KeyReference reference = KeyReference.parse("keyId", keyId, region);
        if (reference instanceof KeyReference.ByAlias) {
            throw new KmsException(KmsError.NotFoundException,
                    "Invalid keyId '" + keyId + "': key rotation operations take a key ID or key ARN, not an alias");
        }
        Key key = keys.find(reference, keyId);
        KeyRotationRules.ensureRotatable(key);
        return key;
    }

    /**
     * A rotatable key whose rotation this region may change: the rotation setting and the key
     * material are shared properties of a multi-Region key, so a replica only follows its primary.
     */
    private Key rotationSettingOwner(String keyId, String operation) {
        Key key = rotatableKey(keyId);
        key.ensureNotReplica(operation);
        return key;
    }

    // PostgreSQL keeps microseconds; more precision would make a written date differ from the one read back.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String encodeMarker(int lastVersion) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v" + lastVersion).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decodeMarker(String marker) {
        if (marker == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.US_ASCII);
            if (text.matches("v[1-9][0-9]{0,8}")) {
                return Integer.parseInt(text.substring(1));
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the error below
        }
        throw new KmsException(KmsError.InvalidMarkerException, "The marker '" + marker + "' is not one this service issued");
    }
}
