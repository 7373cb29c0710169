package io.strongroom.infrastructure.timer;

import io.strongroom.infrastructure.crypto.WrappingKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Keeps the wrapping key pool filled in the background: every few seconds a bounded refill. The
 * first tick comes shortly after start, so a fresh region is ready for imports within seconds.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WrappingKeyPoolTimer {

    static final long FIRST_TICK_MILLIS = 5_000;
    static final long PERIOD_MILLIS = 3_000;

    @Resource
    private TimerService timers;
    @Inject
    private WrappingKeys wrappingKeys;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(FIRST_TICK_MILLIS, PERIOD_MILLIS, new TimerConfig("wrapping key pool refill", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refill() {
        wrappingKeys.refill();
    }
}
