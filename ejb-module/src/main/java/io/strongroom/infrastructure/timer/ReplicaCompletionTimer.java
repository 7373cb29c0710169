package io.strongroom.infrastructure.timer;

import io.strongroom.application.RegionHealth;
import io.strongroom.application.ReplicaCreationService;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches what replicas lack from their primary's Region: the material of replicas still
 * Creating, and versions a primary announced after rotating. Every tick it tries each replica
 * whose next attempt is due, each attempt in its own transaction, and keeps going past a failing
 * one. A replica whose primary's Region is down or refuses waits twice as long after each
 * failure, up to five minutes. The backoff is stored with the replica (replica_fetch); at the
 * first tick after a start every pending replica is made due again, so a restart tries them all
 * at once, which is what resuming an interrupted replication needs.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReplicaCompletionTimer {

    static final long TICK_MILLIS = 2_000;
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ReplicaCompletionTimer.class.getName());

    private final AtomicBoolean resumed = new AtomicBoolean();

    @Resource
    private TimerService timers;
    @EJB
    private ReplicaCreationService replicas;
    @Inject
    private RegionHealth health;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(TICK_MILLIS, TICK_MILLIS, new TimerConfig("replica completion", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        // Before migrations and the root key check the schema may not exist yet.
        if (!health.isReady()) {
            return;
        }
        if (!resumed.get()) {
            replicas.resumeFetches();
            resumed.set(true);
        }
        for (String keyId : replicas.pending(BATCH)) {
            try {
                replicas.fetchMaterial(keyId);
            } catch (RuntimeException failed) {
                // The message names the region and the refusal code, never material or message bytes.
                String reason = RetryBackoff.reason(failed);
                int failures = replicas.fetchFailed(keyId, reason);
                LOG.log(Level.INFO, "Replica {0} not completed (attempt {1}): {2}", new Object[] {keyId, failures, reason});
            }
        }
    }
}
