package io.strongroom.application;

import io.strongroom.infrastructure.RegionBootstrap;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Readiness of this node: migrations applied and root key loaded and verified. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegionHealth {

    @EJB
    private RegionBootstrap bootstrap;
    @Inject
    private CryptoBoundary crypto;

    public boolean isReady() {
        return bootstrap.isReady() && crypto.isRootKeyLoaded();
    }
}
