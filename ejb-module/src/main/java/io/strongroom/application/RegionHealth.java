package io.strongroom.application;

import jakarta.ejb.Stateless;

/** Readiness of this node: migrations applied and root key loaded and verified. */
@Stateless
public class RegionHealth {

    public boolean isReady() {
        throw new IllegalStateException("not yet implemented");
    }
}
