package io.strongroom.domain.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.domain.KeyState;
import io.strongroom.domain.replication.PrimaryUpdate.Phase;
import io.strongroom.domain.replication.PrimaryUpdate.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The durable schedule of an update in flight: due at once, then 2 s doubling to 5 minutes after failures. */
class PrimaryUpdateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aCommitIsDueAtOnceAndEachFailureDoublesTheWaitUpToFiveMinutes() {
        PrimaryUpdate update = PrimaryUpdate.committing("ab".repeat(16), "mrk-1", "eu-west-2", KeyState.Enabled, NOW);
        assertEquals(NOW, update.nextAttemptAt());
        assertEquals(Role.SOURCE, update.role());
        assertEquals(Phase.COMMITTING, update.phase());

        PrimaryUpdate once = update.failedAttempt(NOW);
        assertEquals(1, once.attempts());
        assertEquals(NOW.plusSeconds(2), once.nextAttemptAt());
        PrimaryUpdate twice = once.failedAttempt(NOW.plusSeconds(2));
        assertEquals(NOW.plusSeconds(2 + 4), twice.nextAttemptAt());
        assertEquals(Duration.ofSeconds(8), RetryDelay.after(3));
        assertEquals(Duration.ofSeconds(256), RetryDelay.after(8));
        assertEquals(Duration.ofMinutes(5), RetryDelay.after(9));
        assertEquals(Duration.ofMinutes(5), RetryDelay.after(1000));
        assertEquals(NOW, twice.startedAt());
    }

    @Test
    void aCalledOffUpdateIsDueAtOnceWithAFreshBackoffAndKeepsWhatToRestore() {
        PrimaryUpdate failing = PrimaryUpdate.committing("cd".repeat(16), "mrk-1", "eu-west-2", KeyState.Enabled, NOW)
                .failedAttempt(NOW).failedAttempt(NOW);
        PrimaryUpdate calledOff = failing.calledOff(NOW.plusSeconds(30));
        assertEquals(Phase.BACKING_OUT, calledOff.phase());
        assertEquals(0, calledOff.attempts());
        assertEquals(NOW.plusSeconds(30), calledOff.nextAttemptAt());
        assertEquals(KeyState.Enabled, calledOff.replicaStateBefore());
        assertThrows(IllegalStateException.class, () -> calledOff.finished(Phase.COMMITTED));
    }

    @Test
    void onlyTheTargetRecordsAnOutcome() {
        PrimaryUpdate prepared = PrimaryUpdate.target("ef".repeat(16), "mrk-1", "us-east-1", Phase.PREPARED, NOW);
        assertEquals(Phase.COMMITTED, prepared.finished(Phase.COMMITTED).phase());
        assertEquals(Phase.BACKED_OUT, prepared.finished(Phase.BACKED_OUT).phase());
        assertThrows(IllegalStateException.class, () -> prepared.finished(Phase.COMMITTING));
        assertThrows(IllegalStateException.class, () -> prepared.calledOff(NOW));
    }
}
