package io.strongroom.interfaces.health;

import io.strongroom.application.RegionHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Payara serves {@code GET /health} (and {@code /health/ready}) itself through MicroProfile
 * Health, ahead of any application path; this readiness check makes that endpoint answer 503
 * until this node can serve (migrations applied, root key loaded and verified) and 200 after.
 */
@Readiness
@ApplicationScoped
public class RegionReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(RegionReadinessCheck.class.getName());

    @Inject
    private RegionHealth regionHealth;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("strongroom-region").status(ready()).build();
    }

    private boolean ready() {
        try {
            return regionHealth.isReady();
        } catch (Exception e) {
            // A node whose readiness check itself fails is not ready; the probe answers DOWN.
            LOG.log(Level.WARNING, "Readiness check failed", e);
            return false;
        }
    }
}
