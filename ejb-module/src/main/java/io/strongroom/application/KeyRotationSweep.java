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
        BoundedSweep.Outcome outcome = BoundedSweep.<String>run(BATCH_SIZE, MAX_BATCHES,
                (cursor, size) -> rotations.dueKeyIds(now, cursor, size), keyId -> keyId,
                keyId -> rotation.rotateKey(keyId, now), this::recordFailure);
        if (outcome.done() + outcome.failed() > 0) {
            LOG.info(() -> "Rotation sweep rotated " + outcome.done() + " keys, " + outcome.failed() + " failed");
        }
        return new Result(outcome.done(), outcome.failed(), outcome.skipped());
    }

    private void recordFailure(String keyId, RuntimeException failure) {
        // The failure's type only: database messages can quote row values.
        LOG.log(Level.WARNING, "Automatic rotation of key {0} failed ({1}); it stays due until the next sweep",
                new Object[] {keyId, BoundedSweep.rootCause(failure).getClass().getName()});
        auditLog.recordDurably(AuditEvent.of(DueKeyRotation.timerCaller(region), "RotateKey", keyId,
                KmsError.KMSInternalException.name()));
    }
}
