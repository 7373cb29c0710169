package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The retry state of work that needs another Region (attempts, next attempt, last failure),
 * stored with the work so that its backoff survives a restart.
 */
@Embeddable
public class RetrySchedule {

    private int attempts;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;
    @Column(name = "last_failure")
    private String lastFailure;

    protected RetrySchedule() {
    }

    /** No attempt failed yet; the first is due at {@code firstAttemptAt}. */
    public RetrySchedule(Instant firstAttemptAt) {
        this.nextAttemptAt = Timestamps.toColumn(firstAttemptAt);
    }

    /** How many attempts failed so far. */
    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return Timestamps.fromColumn(nextAttemptAt);
    }

    /** Why the last attempt failed (a class name and a message, never message bytes), or null. */
    public String getLastFailure() {
        return lastFailure;
    }

    /** One more failed attempt, the next one not before {@code next}. */
    public void failed(Instant next, String failure) {
        attempts++;
        nextAttemptAt = Timestamps.toColumn(next);
        lastFailure = failure;
    }

    /** The next attempt is due at {@code at}, whatever the backoff said. */
    public void dueAt(Instant at) {
        nextAttemptAt = Timestamps.toColumn(at);
    }
}
