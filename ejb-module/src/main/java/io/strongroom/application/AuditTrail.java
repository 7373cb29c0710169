package io.strongroom.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Records requests that an interface rejected before any service ran (bad signature, malformed
 * JSON, unknown operation), so that every call, success or failure, leaves an audit event. The
 * event is durable when this method returns.
 */
@Stateless
public class AuditTrail {

    @Inject
    private AuditLog auditLog;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void recordRejectedRequest(CallerContext caller, String operation, String errorCode) {
        auditLog.recordDurably(AuditEvent.of(caller, operation == null ? "Unknown" : operation, null, errorCode));
    }
}
