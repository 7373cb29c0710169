package io.strongroom.domain.replication;

import io.strongroom.domain.KeyState;
import java.time.Instant;

/**
 * One UpdatePrimaryRegion as this region takes part in it, kept in the database so the update
 * resumes after a restart of either region. The {@link Role#SOURCE source} is the primary handing
 * its role over: it repeats COMMIT (or BACK_OUT) until the target confirmed, waiting 2 s after the
 * first failure and twice as long after each further one, up to 5 minutes. The
 * {@link Role#TARGET target} is the replica taking the role; it keeps the outcome so a repeated
 * delivery gets the same answer.
 *
 * @param replicaStateBefore the source's record of the target replica's state before the update
 *                           (restored when the update backs out); null on the target
 */
public record PrimaryUpdate(String updateId, String keyId, Role role, String peerRegion, Phase phase,
                            KeyState replicaStateBefore, Instant startedAt, int attempts, Instant nextAttemptAt) {

    /** Which side of the update this region is. */
    public enum Role { SOURCE, TARGET }

    /** Where the update stands in this region. */
    public enum Phase {
        /** Source: both keys are Updating; COMMIT is to be delivered. */
        COMMITTING,
        /** Source: the update was called off here; BACK_OUT is to be delivered. */
        BACKING_OUT,
        /** Target: this replica is Updating, waiting for COMMIT or BACK_OUT. */
        PREPARED,
        /** Target: this key became the primary. */
        COMMITTED,
        /** Target: the update was called off (or never reached this region). */
        BACKED_OUT
    }

    /** The primary's update after the target accepted BEGIN: COMMIT is due now. */
    public static PrimaryUpdate committing(String updateId, String keyId, String targetRegion,
                                           KeyState replicaStateBefore, Instant now) {
        return new PrimaryUpdate(updateId, keyId, Role.SOURCE, targetRegion, Phase.COMMITTING, replicaStateBefore,
                now, 0, now);
    }

    /** An update the primary calls off whose BEGIN may have reached the target: BACK_OUT is due now. */
    public static PrimaryUpdate backingOut(String updateId, String keyId, String targetRegion, Instant now) {
        return new PrimaryUpdate(updateId, keyId, Role.SOURCE, targetRegion, Phase.BACKING_OUT, null, now, 0, now);
    }

    /** The target's side of an update it accepted (PREPARED) or only heard of afterwards. */
    public static PrimaryUpdate target(String updateId, String keyId, String primaryRegion, Phase phase, Instant now) {
        return new PrimaryUpdate(updateId, keyId, Role.TARGET, primaryRegion, phase, null, now, 0, now);
    }

    /** An attempt to deliver failed or was not answered: the next waits twice as long as the last. */
    public PrimaryUpdate failedAttempt(Instant now) {
        int failures = attempts + 1;
        return new PrimaryUpdate(updateId, keyId, role, peerRegion, phase, replicaStateBefore, startedAt, failures,
                now.plus(RetryDelay.after(failures)));
    }

    /** The target refused COMMIT for good: the source calls the update off and tells the target at once. */
    public PrimaryUpdate calledOff(Instant now) {
        if (role != Role.SOURCE) {
            throw new IllegalStateException("only the primary calls an update off");
        }
        return new PrimaryUpdate(updateId, keyId, role, peerRegion, Phase.BACKING_OUT, replicaStateBefore, startedAt, 0, now);
    }

    /** The target's outcome. */
    public PrimaryUpdate finished(Phase outcome) {
        if (role != Role.TARGET || (outcome != Phase.COMMITTED && outcome != Phase.BACKED_OUT)) {
            throw new IllegalStateException("only the target records an outcome");
        }
        return new PrimaryUpdate(updateId, keyId, role, peerRegion, outcome, replicaStateBefore, startedAt, attempts,
                nextAttemptAt);
    }

}
