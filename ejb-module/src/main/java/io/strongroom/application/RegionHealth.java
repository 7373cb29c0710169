package io.strongroom.application;

import io.strongroom.infrastructure.crypto.CryptoBoundary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Readiness of this node: migrations applied and root key loaded and verified. A plain CDI bean
 * rather than an EJB, so the health probe can ask while the EJB container is still starting.
 */
@ApplicationScoped
public class RegionHealth {

    @Inject
    private CryptoBoundary crypto;

    private volatile boolean started;

    /** Called by the bootstrap once migrations, root key check and bootstrap credentials are done. */
    public void markStarted() {
        started = true;
    }

    public boolean isReady() {
        return started && crypto.isRootKeyLoaded();
    }
}
