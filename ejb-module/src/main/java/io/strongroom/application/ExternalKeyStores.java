package io.strongroom.application;

import io.strongroom.infrastructure.xks.XksProxyTarget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * What keys in an external key store need from their store: its proxy, only while it is
 * CONNECTED, with the secret opened by the crypto boundary for the call.
 */
@ApplicationScoped
public class ExternalKeyStores {

    /** The store's proxy while CONNECTED; empty when the store is in any other state or does not exist. */
    public Optional<XksProxyTarget> connectedProxy(String customKeyStoreId) {
        throw new UnsupportedOperationException("not yet built");
    }
}
