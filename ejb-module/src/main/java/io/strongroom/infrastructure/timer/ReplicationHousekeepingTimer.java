package io.strongroom.infrastructure.timer;

import io.strongroom.application.ReplicationHousekeeping;
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
import java.time.Instant;

/** Once a minute, deletes expired replication sessions and replay entries through {@link ReplicationHousekeeping}. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReplicationHousekeepingTimer {

    static final long PERIOD_MILLIS = 60_000;

    @Resource
    private TimerService timers;
    @EJB
    private ReplicationHousekeeping housekeeping;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(PERIOD_MILLIS, PERIOD_MILLIS, new TimerConfig("replication housekeeping", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purge() {
        housekeeping.purgeExpired(Instant.now());
    }
}
