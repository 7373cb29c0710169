package io.strongroom.application;

import java.time.Instant;

/** One audited call. outcome is "Success" or the AWS error code the caller received. */
public record AuditEvent(Instant time, String principalArn, String operation, String keyId, String outcome,
                         String requestId, String sourceAddress, String channel) {

    public static final String SUCCESS = "Success";

    public static AuditEvent of(CallerContext caller, String operation, String keyId, String outcome) {
        return new AuditEvent(Instant.now(), caller.principalArn(), operation, keyId, outcome, caller.requestId(),
                caller.sourceAddress(), caller.channel());
    }
}
