package io.strongroom.infrastructure.timer;

import io.strongroom.application.PrimaryUpdateService;
import io.strongroom.application.RegionHealth;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Phase 2 of UpdatePrimaryRegion on the primary's side: every tick it delivers each update whose
 * next attempt is due (COMMIT, or BACK_OUT once called off), each in its own transaction, and keeps
 * going past a failing one. The backoff is stored with the update, so a restart neither forgets an
 * update in flight nor retries it sooner than planned.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PrimaryUpdateTimer {

    static final long TICK_MILLIS = 2_000;
    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(PrimaryUpdateTimer.class.getName());

    @Resource
    private TimerService timers;
    @EJB
    private PrimaryUpdateService updates;
    @Inject
    private RegionHealth health;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(TICK_MILLIS, TICK_MILLIS, new TimerConfig("primary updates", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        // Before migrations and the root key check the schema may not exist yet.
        if (!health.isReady()) {
            return;
        }
        for (String updateId : updates.due(BATCH)) {
            try {
                updates.advance(updateId);
            } catch (RuntimeException failed) {
                // Names the update and the failure's kind, never message bytes or material.
                LOG.log(Level.WARNING, "Primary update {0} not advanced: {1}",
                        new Object[] {updateId, failed.getClass().getSimpleName()});
            }
        }
        updates.forgetFinished();
    }
}
