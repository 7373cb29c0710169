package io.strongroom.infrastructure.timer;

import io.strongroom.application.RegionHealth;
import io.strongroom.application.TopologyNoticeDelivery;
import io.strongroom.application.replication.RetryBackoff;
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
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers queued topology notices every two seconds: each due notice at the head of its (key,
 * destination) queue, each in its own transaction. A queue whose head was not delivered waits
 * for its stored next attempt, so later notices for that key and Region never overtake it; the
 * other queues go on. The queue and its backoff are in the database, so a restart resumes them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TopologyNoticeTimer {

    static final long TICK_MILLIS = 2_000;
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(TopologyNoticeTimer.class.getName());

    @Resource
    private TimerService timers;
    @EJB
    private TopologyNoticeDelivery delivery;
    @Inject
    private RegionHealth health;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(TICK_MILLIS, TICK_MILLIS, new TimerConfig("topology notices", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!health.isReady()) {
            return;
        }
        // Delivered heads uncover the next notice of their queue: keep going while heads are delivered.
        Set<Long> tried = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Long noticeId : delivery.due(BATCH)) {
                if (tried.add(noticeId) && delivered(noticeId)) {
                    progress = true;
                }
            }
        }
    }

    private boolean delivered(long noticeId) {
        try {
            return delivery.deliver(noticeId) == TopologyNoticeDelivery.Outcome.DELIVERED;
        } catch (RuntimeException failed) {
            // The attempt rolled back (the database failed it); the notice stays due and the next tick tries again.
            LOG.log(Level.WARNING, "Topology notice {0} could not be attempted: {1}",
                    new Object[] {noticeId, RetryBackoff.reason(failed)});
            return false;
        }
    }
}
