package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.domain.RegionIdentity;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rotates every key whose automatic rotation is due, in bounded batches, each key in its own
 * transaction ({@link DueKeyRotation}): a key that fails is logged, audited and left due for the
 * next sweep while the others rotate. A disabled key is not due until it is enabled again; its date
 * is kept, so it rotates at the first sweep after that, as AWS does for a key re-enabled after its
 * date passed. Keys another node holds ({@code SKIP LOCKED}) are left to it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotationSweep {

    static final int BATCH_SIZE = 100;
    /** One sweep touches at most this many batches; the rest waits for the next run. */
    static final int MAX_BATCHES = 10;

    private static final Logger LOG = Logger.getLogger(KeyRotationSweep.class.getName());

    /** What one sweep did: keys rotated, keys that failed, keys skipped because they were no longer due or held elsewhere. */
    public record Result(int rotated, int failed, int skipped) {
    }

    @EJB
    private DueKeyRotation rotation;
    @Inject
    private KeyRotationRepository rotations;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;

    /** Rotates every key whose next rotation date is at or before {@code now} (up to the batch bound). */
    public Result rotateDueKeys(Instant now) {
        int rotated = 0;
        int failed = 0;
        int skipped = 0;
        String after = null;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<String> due = rotations.dueKeyIds(now, after, BATCH_SIZE);
            for (String keyId : due) {
                try {
                    if (rotation.rotateKey(keyId, now)) {
                        rotated++;
                    } else {
                        skipped++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    recordFailure(keyId, e);
                }
            }
            if (due.size() < BATCH_SIZE) {
                break;
            }
            after = due.get(due.size() - 1);
        }
        if (rotated + failed > 0) {
            int total = rotated;
            int failures = failed;
            LOG.info(() -> "Rotation sweep rotated " + total + " keys, " + failures + " failed");
        }
        return new Result(rotated, failed, skipped);
    }

    private void recordFailure(String keyId, RuntimeException failure) {
        // The failure's type only: database messages can quote row values.
        LOG.log(Level.WARNING, "Automatic rotation of key {0} failed ({1}); it stays due until the next sweep",
                new Object[] {keyId, rootCause(failure).getClass().getName()});
        auditLog.recordDurably(AuditEvent.of(DueKeyRotation.timerCaller(region), "RotateKey", keyId,
                KmsError.KMSInternalException.name()));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
