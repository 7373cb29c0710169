package io.strongroom.infrastructure.timer;

import io.strongroom.application.KeyRotationSweep;
import io.strongroom.application.RegionHealth;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Runs the automatic key rotation sweep every minute. Non-persistent: the next rotation dates live
 * in the database, so downtime only delays rotations, and every node may sweep because the sweep
 * skips keys another node holds.
 */
@Stateless
public class KeyRotationTimer {

    @EJB
    private KeyRotationSweep sweep;
    @Inject
    private RegionHealth health;

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false, info = "key rotation sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rotateDueKeys() {
        // Before migrations and the root key check the schema may not exist yet.
        if (health.isReady()) {
            sweep.rotateDueKeys(Instant.now());
        }
    }
}
