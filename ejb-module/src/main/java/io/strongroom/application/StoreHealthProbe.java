package io.strongroom.application;

import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.infrastructure.xks.XksHealthReport;
import io.strongroom.infrastructure.xks.XksProxyClient;
import io.strongroom.infrastructure.xks.XksProxyException;
import io.strongroom.infrastructure.xks.XksProxyTarget;
import io.strongroom.infrastructure.xks.XksRequestMetadata;
import io.strongroom.persistence.CustomKeyStoreRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * One GetHealthStatus call to a store's proxy, with the settings a store has or is about to get.
 * Each call opens the secret for itself and wipes it afterwards.
 */
@ApplicationScoped
public class StoreHealthProbe {

    /** The kmsOperation of the periodic check, as AWS KMS names it. */
    static final String PERIODIC_CHECK = "KmsHealthCheck";

    @Inject
    private XksProxyClient client;
    @Inject
    private CryptoBoundary crypto;

    /**
     * Checks settings that are not stored yet; a failure is the KMS exception of Create- and
     * UpdateCustomKeyStore ({@link XksProxyException#forStoreManagement()}).
     *
     * @param secret the new secret, or null to use the store's sealed one
     */
    XksHealthReport checkForStoreManagement(CustomKeyStoreRecord store, String endpoint, String path, String accessKeyId,
                                            byte[] secret, String operation, String requestId) {
        byte[] key = secret != null ? secret.clone()
                : crypto.unsealSecret(ExternalKeyStores.SECRET_KIND, store.getCustomKeyStoreId(), store.getSecretSealed());
        return checkOwned(store.getCustomKeyStoreId(), endpoint, path, accessKeyId, key, operation, requestId);
    }

    XksHealthReport checkForStoreManagement(String storeId, String endpoint, String path, String accessKeyId,
                                            byte[] secret, String operation, String requestId) {
        return checkOwned(storeId, endpoint, path, accessKeyId, secret.clone(), operation, requestId);
    }

    /** Checks a store as stored; the failure is the client's, for its ConnectionErrorCode. */
    XksHealthReport check(XksProxyTarget target, String operation, String requestId) {
        try {
            return client.health(target, new XksRequestMetadata(null, null, operation, requestId));
        } finally {
            Arrays.fill(target.secret(), (byte) 0);
        }
    }

    /** The secret is this call's own copy; {@link #check} wipes it. */
    private XksHealthReport checkOwned(String storeId, String endpoint, String path, String accessKeyId,
                                       byte[] ownedSecret, String operation, String requestId) {
        try {
            return check(new XksProxyTarget(storeId, endpoint, path, accessKeyId, ownedSecret), operation, requestId);
        } catch (XksProxyException failure) {
            throw failure.forStoreManagement();
        }
    }
}
