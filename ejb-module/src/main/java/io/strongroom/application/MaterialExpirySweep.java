package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.domain.ImportedMaterialRepository;
import io.strongroom.domain.ImportedMaterialRepository.ExpiredMaterial;
import io.strongroom.domain.RegionIdentity;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import io.strongroom.infrastructure.config.StrongroomConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes imported key material whose ValidTo has passed, in bounded batches, one transaction per
 * key, and withdraws expired wrapping keys. The deadline lives in the database, so a sweep after
 * downtime simply finds more; the material was unusable from its ValidTo on regardless (the key
 * aggregate checks it on every use). It also records, once per key, that material has entered
 * the warning window before its ValidTo.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MaterialExpirySweep {

    static final int BATCH_SIZE = 100;
    static final int MAX_BATCHES = 20;
    static final int WRAPPING_KEY_BATCH = 500;
    static final int WARNING_BATCH = 500;

    private static final Logger LOG = Logger.getLogger(MaterialExpirySweep.class.getName());

    /** What one sweep did: materials deleted, keys that failed, keys skipped, expired wrapping keys removed. */
    public record Result(int expired, int failed, int skipped, int wrappingKeysRemoved, int warned) {
    }

    @Inject
    private ImportedMaterialRepository imported;
    @EJB
    private DueMaterialExpiry expiry;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private StrongroomConfig config;

    /** Sweeps with the configured warning window. */
    public Result sweep(Instant now) {
        return sweep(now, config.expiryWarningWindow());
    }

    public Result sweep(Instant now, Duration warningWindow) {
        BoundedSweep.Outcome outcome = BoundedSweep.<ExpiredMaterial>run(BATCH_SIZE, MAX_BATCHES,
                (cursor, size) -> imported.expiredAfter(now, cursor, size), ExpiredMaterial::keyId,
                due -> expiry.expireMaterial(due.keyId(), now), this::recordFailure);
        int wrappingKeys = expiry.removeExpiredWrappingKeys(now, WRAPPING_KEY_BATCH);
        Instant windowEnd = now.plus(warningWindow);
        int warned = 0;
        for (String keyId : imported.unwarnedExpiringBy(windowEnd, WARNING_BATCH)) {
            try {
                warned += expiry.warn(keyId, windowEnd, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Recording the expiry warning of key {0} failed ({1})",
                        new Object[] {keyId, BoundedSweep.rootCause(e).getClass().getName()});
            }
        }
        if (outcome.done() + outcome.failed() > 0) {
            LOG.info(() -> "Expiry sweep deleted the material of " + outcome.done() + " keys, " + outcome.failed() + " failed");
        }
        return new Result(outcome.done(), outcome.failed(), outcome.skipped(), wrappingKeys, warned);
    }

    private void recordFailure(String keyId, RuntimeException failure) {
        LOG.log(Level.WARNING, "Deleting the expired material of key {0} failed ({1}); it is retried on the next sweep",
                new Object[] {keyId, BoundedSweep.rootCause(failure).getClass().getName()});
        auditLog.recordDurably(AuditEvent.of(DueKeyDeletion.timerCaller(region), DueMaterialExpiry.OPERATION, keyId,
                KmsError.KMSInternalException.name()));
    }
}
