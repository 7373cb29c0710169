package io.strongroom.infrastructure.timer;

import io.strongroom.application.KeyDeletionSweep;
import io.strongroom.application.RegionHealth;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Runs the key deletion sweep every minute. Non-persistent: the deletion dates live in the
 * database, so a timer missed during downtime needs no catching up beyond the next run, and every
 * node may sweep because the sweep skips keys another node holds.
 */
@Stateless
public class KeyDeletionTimer {

    @EJB
    private KeyDeletionSweep sweep;
    @Inject
    private RegionHealth health;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "key deletion sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweepDueKeys() {
        // Before migrations and the root key check the schema may not exist yet.
        if (health.isReady()) {
            sweep.sweep(Instant.now());
        }
    }
}
