package io.strongroom.application;

import io.strongroom.client.ScheduleKeyDeletionResult;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.RegionIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * EnableKey, DisableKey, ScheduleKeyDeletion, CancelKeyDeletion, UpdateKeyDescription: the key
 * aggregate decides whether its state allows the change; each change is audited in its own
 * transaction, so the event and the new state commit together, and so does the notice that tells
 * a multi-Region replica's primary its new state.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class KeyStateService {

    static final int DEFAULT_PENDING_WINDOW_DAYS = 30;

    @Inject
    private KeyRepository keys;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private TopologyNotices topologyNotices;

    public void enableKey(CallerContext caller, String keyId) {
        Key key = find(keyId);
        key.enable();
        audit(caller, "EnableKey", key);
        topologyNotices.replicaStateChanged(key);
    }

    public void disableKey(CallerContext caller, String keyId) {
        Key key = find(keyId);
        key.disable();
        audit(caller, "DisableKey", key);
        topologyNotices.replicaStateChanged(key);
    }

    /**
     * Moves the key to PendingDeletion (or a multi-Region primary with replicas to
     * PendingReplicaDeletion, without a date yet); the deletion sweeper deletes it once the window
     * has passed.
     */
    public ScheduleKeyDeletionResult scheduleKeyDeletion(CallerContext caller, String keyId, Integer pendingWindowInDays) {
        Key key = find(keyId);
        // Millisecond precision: what the database keeps is what DescribeKey will answer later.
        Optional<Instant> deletionDate = key.scheduleDeletion(pendingWindowInDays,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        audit(caller, "ScheduleKeyDeletion", key);
        topologyNotices.replicaStateChanged(key);
        int window = pendingWindowInDays == null ? DEFAULT_PENDING_WINDOW_DAYS : pendingWindowInDays;
        return new ScheduleKeyDeletionResult(region.keyArn(key.id()), deletionDate.orElse(null), key.state().name(),
                window);
    }

    /** Takes the key out of PendingDeletion or PendingReplicaDeletion; it comes back Disabled. Returns the key ARN. */
    public String cancelKeyDeletion(CallerContext caller, String keyId) {
        Key key = find(keyId);
        key.cancelDeletion();
        audit(caller, "CancelKeyDeletion", key);
        topologyNotices.replicaStateChanged(key);
        return region.keyArn(key.id());
    }

    public void updateKeyDescription(CallerContext caller, String keyId, String description) {
        Key key = find(keyId);
        key.updateDescription(description);
        audit(caller, "UpdateKeyDescription", key);
    }

    private Key find(String keyId) {
        return keys.find(KeyReference.parse("keyId", keyId, region), keyId);
    }

    private void audit(CallerContext caller, String operation, Key key) {
        auditLog.recordWithStateChange(AuditEvent.of(caller, operation, key.id(), AuditEvent.SUCCESS));
    }
}
