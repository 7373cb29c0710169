package io.strongroom.application;

import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.infrastructure.xks.XksProxyTarget;
import io.strongroom.persistence.CustomKeyStoreRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What keys in an external key store need from their store: its proxy, only while it is
 * CONNECTED, with the secret opened by the crypto boundary for the call.
 */
@ApplicationScoped
public class ExternalKeyStores {

    /** The sealing kind of proxy secrets; the owner is the store id, so a sealed secret opens for its store only. */
    public static final String SECRET_KIND = "xks-proxy-secret";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private CryptoBoundary crypto;

    /**
     * The store's proxy while CONNECTED; empty when the store is in any other state or does not
     * exist. The target's secret is the caller's to wipe after the call.
     */
    public Optional<XksProxyTarget> connectedProxy(String customKeyStoreId) {
        if (customKeyStoreId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(CustomKeyStoreRecord.class, customKeyStoreId))
                .filter(store -> ConnectionState.CONNECTED.name().equals(store.getConnectionState()))
                .map(this::target);
    }

    /** The proxy of a store in whatever state, for health checks; the caller wipes the secret. */
    XksProxyTarget target(CustomKeyStoreRecord store) {
        return new XksProxyTarget(store.getCustomKeyStoreId(), store.getUriEndpoint(), store.getUriPath(),
                store.getAccessKeyId(), crypto.unsealSecret(SECRET_KIND, store.getCustomKeyStoreId(),
                store.getSecretSealed()));
    }
}
