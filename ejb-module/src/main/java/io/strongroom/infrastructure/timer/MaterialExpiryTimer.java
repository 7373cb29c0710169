package io.strongroom.infrastructure.timer;

import io.strongroom.application.MaterialExpirySweep;
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
 * Runs the sweep for expired imported key material every {@code STRONGROOM_EXPIRY_SWEEP_SECONDS}
 * (default 10 s). A programmatic interval timer, since {@code @Schedule} cannot take its period
 * from configuration; non-persistent, because the deadlines live in the database. A run that
 * finds the previous one still going is skipped rather than queued.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MaterialExpiryTimer {

    @Resource
    private TimerService timers;
    @EJB
    private MaterialExpirySweep sweep;
    @Inject
    private RegionHealth health;
    @Inject
    private StrongroomConfig config;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long period = config.expirySweepInterval().toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("imported material expiry sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweepExpiredMaterial() {
        // Before migrations and the root key check the schema may not exist yet.
        if (!health.isReady() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            sweep.sweep(Instant.now());
        } finally {
            running.set(false);
        }
    }
}
