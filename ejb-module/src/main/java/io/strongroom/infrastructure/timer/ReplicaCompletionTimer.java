package io.strongroom.infrastructure.timer;

import io.strongroom.application.RegionHealth;
import io.strongroom.application.ReplicaCreationService;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Completes replicas that are still Creating: every tick it tries each one whose next attempt is
 * due, each attempt in its own transaction, and keeps going past a failing one. A replica whose
 * primary's Region is down or refuses waits twice as long after each failure, up to five minutes.
 * The backoff lives in memory only: after a restart every pending replica is tried at once, which
 * is what resuming an interrupted replication needs.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReplicaCompletionTimer {

    static final long TICK_MILLIS = 2_000;
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration MAX_RETRY = Duration.ofMinutes(5);
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ReplicaCompletionTimer.class.getName());

    private record Backoff(int failures, Instant nextAttempt) {
    }

    private final Map<String, Backoff> backoff = new ConcurrentHashMap<>();

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
        List<String> pending = replicas.pending(BATCH);
        backoff.keySet().retainAll(new HashSet<>(pending));
        Instant now = Instant.now();
        for (String keyId : pending) {
            Backoff waiting = backoff.get(keyId);
            if (waiting != null && now.isBefore(waiting.nextAttempt())) {
                continue;
            }
            try {
                replicas.complete(keyId);
                backoff.remove(keyId);
            } catch (RuntimeException failed) {
                int failures = waiting == null ? 1 : waiting.failures() + 1;
                backoff.put(keyId, new Backoff(failures, now.plus(delay(failures))));
                // The message names the region and the refusal code, never material or message bytes.
                LOG.log(Level.INFO, "Replica {0} not completed (attempt {1}): {2}",
                        new Object[] {keyId, failures, reason(failed)});
            }
        }
    }

    static Duration delay(int failures) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 16));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    private static String reason(Throwable failed) {
        Throwable cause = failed;
        while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
