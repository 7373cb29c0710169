package io.strongroom.application;

import io.strongroom.infrastructure.xks.XksHealthReport;
import io.strongroom.infrastructure.xks.XksJson;
import io.strongroom.persistence.CustomKeyStoreRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The short transactions of connecting and health checking: each reads the store under a row lock
 * and writes only if the store is still in the state the outcome is about, so a disconnect or a
 * newer attempt made meanwhile always wins over an older attempt's result.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CustomKeyStoreConnections {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private AuditLog auditLog;

    /**
     * Ends an attempt: CONNECTED with the report, or FAILED with the ConnectionErrorCode; audited
     * as the outcome of ConnectCustomKeyStore ("Success" or the code).
     *
     * @return false when the attempt was overtaken (the store is no longer CONNECTING for it)
     */
    public boolean finishAttempt(String customKeyStoreId, Instant attemptedAt, XksHealthReport report,
                                 String connectionErrorCode, CallerContext caller) {
        CustomKeyStoreRecord store = em.find(CustomKeyStoreRecord.class, customKeyStoreId, LockModeType.PESSIMISTIC_WRITE);
        if (store == null || !ConnectionState.CONNECTING.name().equals(store.getConnectionState())
                || !attemptedAt.equals(store.getConnectionChangedAt())) {
            return false;
        }
        Instant now = CustomKeyStoreService.now();
        if (report != null) {
            store.setConnection(ConnectionState.CONNECTED.name(), null, now);
            store.setLastHealth(XksJson.toJson(report), now);
        } else {
            store.setConnection(ConnectionState.FAILED.name(), connectionErrorCode, now);
        }
        auditLog.recordWithStateChange(AuditEvent.of(caller, "ConnectCustomKeyStore", customKeyStoreId,
                report != null ? AuditEvent.SUCCESS : connectionErrorCode));
        return true;
    }

    /**
     * Takes over a CONNECTING store whose attempt was lost: moves its attempt time on, so that of
     * two nodes retrying at once only one gets it.
     */
    public boolean claimStaleAttempt(String customKeyStoreId, Instant seenAttempt, Instant newAttempt) {
        CustomKeyStoreRecord store = em.find(CustomKeyStoreRecord.class, customKeyStoreId, LockModeType.PESSIMISTIC_WRITE);
        if (store == null || !ConnectionState.CONNECTING.name().equals(store.getConnectionState())
                || !seenAttempt.equals(store.getConnectionChangedAt())) {
            return false;
        }
        store.setConnection(ConnectionState.CONNECTING.name(), null, newAttempt);
        return true;
    }

    /** Keeps a periodic report of a store that is still CONNECTED. */
    public void recordHealth(String customKeyStoreId, XksHealthReport report, Instant at) {
        CustomKeyStoreRecord store = em.find(CustomKeyStoreRecord.class, customKeyStoreId, LockModeType.PESSIMISTIC_WRITE);
        if (store != null && ConnectionState.CONNECTED.name().equals(store.getConnectionState())) {
            store.setLastHealth(XksJson.toJson(report), at);
        }
    }
}
