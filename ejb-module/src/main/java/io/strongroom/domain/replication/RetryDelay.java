package io.strongroom.domain.replication;

import java.time.Duration;

/**
 * How long a failed cross-Region attempt waits before the next: two seconds after the first
 * failure, twice as long after each further one, never more than five minutes. One schedule for
 * every kind of retried work (notices, material fetches, primary updates).
 */
public final class RetryDelay {

    public static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    public static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private RetryDelay() {
    }

    /** The wait after {@code failures} consecutive failures (at least 1). */
    public static Duration after(int failures) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 16));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }
}
