package io.strongroom.application.replication;

import java.time.Duration;

/**
 * How long a failed cross-Region attempt waits before the next: two seconds after the first
 * failure, twice as long after each further one, never more than five minutes.
 */
public final class RetryBackoff {

    public static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    public static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private RetryBackoff() {
    }

    /** The wait after {@code failures} consecutive failures (at least 1). */
    public static Duration delay(int failures) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 16));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    /** A failure's reason for a log line or a column: the exception's class and message, never message bytes. */
    public static String reason(Throwable failed) {
        Throwable cause = failed;
        while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return reason.length() <= 512 ? reason : reason.substring(0, 512);
    }
}
