package io.strongroom.application;

import io.strongroom.domain.RegionIdentity;
import io.strongroom.infrastructure.xks.XksHealthReport;
import io.strongroom.infrastructure.xks.XksProxyException;
import io.strongroom.persistence.CustomKeyStoreRecord;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The proxy calls that happen outside any API call: a connection attempt (GetHealthStatus →
 * CONNECTED, or FAILED with the failure's ConnectionErrorCode) and the periodic health check of
 * every CONNECTED store. The proxy is called outside any transaction; each outcome is written in
 * a short transaction of its own ({@link CustomKeyStoreConnections}).
 *
 * <p>A store whose periodic check fails stays CONNECTED, as in AWS KMS ("a CONNECTED state does
 * not indicate that the external key store or its supporting components are operating
 * efficiently"): the failure shows in the metrics and the last good report is kept.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CustomKeyStoreConnector {

    /** A CONNECTING store older than this has lost its attempt (its node stopped) and is retried. */
    static final Duration STALE_ATTEMPT = Duration.ofMinutes(1);
    static final String ASYNC_CHANNEL = "async";

    private static final Logger LOG = Logger.getLogger(CustomKeyStoreConnector.class.getName());

    /** What one periodic run did. */
    public record HealthRun(int checked, int failed, int degraded, int retried) {
    }

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private CustomKeyStoreCatalog catalog;
    @Inject
    private StoreHealthProbe probe;
    @Inject
    private ExternalKeyStores stores;
    @EJB
    private CustomKeyStoreConnections connections;
    @Inject
    private RegionIdentity region;

    /** The attempt ConnectCustomKeyStore asked for, on a container thread of its own. */
    @Asynchronous
    public void attemptConnection(ConnectionRequested request) {
        CallerContext caller = request.requestedBy();
        connect(request.customKeyStoreId(), request.attemptedAt(), new CallerContext(caller.principalArn(),
                caller.requestId(), caller.sourceAddress(), ASYNC_CHANNEL));
    }

    /**
     * Checks every CONNECTED store and retries every CONNECTING store whose attempt is older than
     * a minute. One store's failure never stops the run.
     */
    public HealthRun checkStores(Instant now) {
        int checked = 0;
        int failed = 0;
        int degraded = 0;
        for (CustomKeyStoreRecord store : catalog.inState(ConnectionState.CONNECTED)) {
            checked++;
            try {
                XksHealthReport report = probe.check(stores.target(store), StoreHealthProbe.PERIODIC_CHECK,
                        UUID.randomUUID().toString());
                connections.recordHealth(store.getCustomKeyStoreId(), report, CustomKeyStoreService.now());
                if (report.degraded()) {
                    degraded++;
                    LOG.warning(() -> "Custom key store " + store.getCustomKeyStoreId()
                            + ": some external key managers are not ACTIVE " + report.ekmFleetDetails());
                }
            } catch (XksProxyException e) {
                failed++;
                LOG.warning(() -> "Health check of custom key store " + store.getCustomKeyStoreId() + " failed ("
                        + e.connectionErrorCode() + "): " + e.getMessage() + "; it stays CONNECTED");
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Health check of custom key store {0} could not run ({1})",
                        new Object[] {store.getCustomKeyStoreId(), e.getClass().getName()});
            }
        }
        int retried = 0;
        for (CustomKeyStoreRecord store : catalog.inState(ConnectionState.CONNECTING)) {
            if (store.getConnectionChangedAt().isBefore(now.minus(STALE_ATTEMPT))) {
                Instant attempt = CustomKeyStoreService.now();
                if (connections.claimStaleAttempt(store.getCustomKeyStoreId(), store.getConnectionChangedAt(), attempt)) {
                    retried++;
                    connect(store.getCustomKeyStoreId(), attempt, DueKeyDeletion.timerCaller(region));
                }
            }
        }
        return new HealthRun(checked, failed, degraded, retried);
    }

    private void connect(String storeId, Instant attemptedAt, CallerContext caller) {
        CustomKeyStoreRecord store = em.find(CustomKeyStoreRecord.class, storeId);
        if (store == null || !ConnectionState.CONNECTING.name().equals(store.getConnectionState())
                || !attemptedAt.equals(store.getConnectionChangedAt())) {
            return;
        }
        try {
            XksHealthReport report = probe.check(stores.target(store), "ConnectCustomKeyStore", caller.requestId());
            connections.finishAttempt(storeId, attemptedAt, report, null, caller);
        } catch (XksProxyException e) {
            LOG.info(() -> "Connecting custom key store " + storeId + " failed (" + e.connectionErrorCode() + "): "
                    + e.getMessage());
            connections.finishAttempt(storeId, attemptedAt, null, e.connectionErrorCode(), caller);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Connecting custom key store {0} could not run ({1})",
                    new Object[] {storeId, e.getClass().getName()});
            connections.finishAttempt(storeId, attemptedAt, null, "INTERNAL_ERROR", caller);
        }
    }
}
