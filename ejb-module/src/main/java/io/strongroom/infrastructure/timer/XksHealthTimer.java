package io.strongroom.infrastructure.timer;

import io.strongroom.application.CustomKeyStoreConnector;
import io.strongroom.application.RegionHealth;
import io.strongroom.infrastructure.config.StrongroomConfig;
import io.strongroom.infrastructure.xks.XksWarmUp;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
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
 * retries connection attempts a stopped node left behind; once, shortly after the start, warms the
 * proxy client up ({@link XksWarmUp}). Non-persistent: the states live in the
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

    static final String HEALTH_CHECK = "external key store health check";
    static final String WARM_UP = "XKS proxy client warm-up";
    /** After deployment, so the warm-up does not lengthen the start itself. */
    static final long WARM_UP_DELAY_MILLIS = 2000;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long period = config.xksHealthInterval().toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig(HEALTH_CHECK, false));
        timers.createSingleActionTimer(WARM_UP_DELAY_MILLIS, new TimerConfig(WARM_UP, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void checkExternalKeyStores(Timer timer) {
        if (WARM_UP.equals(timer.getInfo())) {
            XksWarmUp.run(config.region());
            return;
        }
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
