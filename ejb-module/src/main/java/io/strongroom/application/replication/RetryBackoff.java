package io.strongroom.application.replication;

/**
 * Why a cross-Region attempt failed, in the words a retry records; how long it then waits is
 * {@link io.strongroom.domain.replication.RetryDelay}.
 */
public final class RetryBackoff {

    private RetryBackoff() {
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
