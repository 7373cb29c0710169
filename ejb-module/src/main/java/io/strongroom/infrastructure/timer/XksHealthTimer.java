package io.strongroom.infrastructure.timer;

import io.strongroom.application.CustomKeyStoreConnector;
import io.strongroom.application.RegionHealth;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks the health of every connected external key store every
 * {@code STRONGROOM_XKS_HEALTH_SECONDS} (default 180 s, AWS KMS checks "every few minutes") and
 * retries connection attempts a stopped node left behind. Non-persistent: the states live in the
 * database. A run that finds the previous one still going is skipped rather than queued.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class XksHealthTimer {

    @Resource
    private TimerService timers;
    @EJB
    private CustomKeyStoreConnector connector;
    @Inject
    private RegionHealth health;
    @Inject
    private StrongroomConfig config;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long period = config.xksHealthInterval().toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("external key store health check", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void checkExternalKeyStores() {
        if (!health.isReady() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            connector.checkStores(Instant.now());
        } finally {
            running.set(false);
        }
    }
}
