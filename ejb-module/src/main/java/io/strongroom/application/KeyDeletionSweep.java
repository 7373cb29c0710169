package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.domain.KeyDeletionRepository;
import io.strongroom.domain.KeyDeletionRepository.DueKey;
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
 * Deletes the keys whose deletion date has passed, in bounded batches, one transaction per key.
 * The deadline lives in the database, so a sweep after downtime simply finds more due keys; a key
 * that fails is logged, audited and left for the next sweep while the others are deleted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyDeletionSweep {

    static final int BATCH_SIZE = 100;
    /** One sweep touches at most this many batches; the rest waits for the next run. */
    static final int MAX_BATCHES = 10;

    private static final Logger LOG = Logger.getLogger(KeyDeletionSweep.class.getName());

    /** What one sweep did: keys deleted, keys that failed, keys skipped because they were no longer due or held elsewhere. */
    public record Result(int deleted, int failed, int skipped) {
    }

    @Inject
    private KeyDeletionRepository deletions;
    @EJB
    private DueKeyDeletion deletion;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;

    /** Deletes every key whose deletion date is at or before {@code now} (up to the batch bound). */
    public Result sweep(Instant now) {
        BoundedSweep.Outcome outcome = BoundedSweep.<DueKey>run(BATCH_SIZE, MAX_BATCHES,
                (cursor, size) -> deletions.dueAfter(now, cursor, size), DueKey::keyId,
                key -> deletion.deleteKey(key.keyId(), now), this::recordFailure);
        if (outcome.done() + outcome.failed() > 0) {
            LOG.info(() -> "Deletion sweep deleted " + outcome.done() + " keys, " + outcome.failed() + " failed");
        }
        return new Result(outcome.done(), outcome.failed(), outcome.skipped());
    }

    private void recordFailure(String keyId, RuntimeException failure) {
        // The failure's type only: database messages can quote row values.
        LOG.log(Level.WARNING, "Deletion of key {0} failed ({1}); it stays pending deletion until the next sweep",
                new Object[] {keyId, BoundedSweep.rootCause(failure).getClass().getName()});
        auditLog.recordDurably(AuditEvent.of(DueKeyDeletion.timerCaller(region), "DeleteKey", keyId,
                KmsError.KMSInternalException.name()));
    }
}
