package io.strongroom.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the audit log screen asks for; every member is optional (null = no filter).
 *
 * @param key       a key id, key ARN, alias name or alias ARN (events of that key, also those that
 *                  named it by an alias or ARN), or the start of a key id
 * @param principal a principal ARN (exact), or any part of one, case-insensitively
 * @param operation an operation name, exactly ("Encrypt")
 * @param outcome   {@link AuditEvent#SUCCESS}, {@link #ANY_FAILURE}, or one AWS error name
 * @param from      earliest event time, inclusive
 * @param to        latest event time, exclusive
 */
public record AuditFilter(String key, String principal, String operation, String outcome, Instant from, Instant to)
        implements Serializable {

    /** The outcome filter matching every event that did not succeed, whatever its error. */
    public static final String ANY_FAILURE = "Failures";

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
