package io.strongroom.application;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;

/**
 * The custom key store operations of KMS-SPEC §5 for EXTERNAL_KEY_STORE stores: authorized by the
 * caller's identity policies (kms:CreateCustomKeyStore … on resource "*"), audited, and each
 * refusal leaves every row as it was.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class CustomKeyStoreService {

    /** Validates, checks the proxy's health (PUBLIC_ENDPOINT), stores DISCONNECTED; returns the cks- id. */
    public String createCustomKeyStore(CallerContext caller, CustomKeyStoreSettings settings) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** By id, by name, or all (paged by Limit 1..1000 and Marker); unknown id or name → CustomKeyStoreNotFound. */
    public CustomKeyStorePage describeCustomKeyStores(CallerContext caller, String customKeyStoreId,
                                                      String customKeyStoreName, Integer limit, String marker) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Name always; endpoint, path, connectivity only while DISCONNECTED; the credential also while CONNECTED. */
    public void updateCustomKeyStore(CallerContext caller, String customKeyStoreId, CustomKeyStoreSettings changes) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** DISCONNECTED or FAILED → CONNECTING, and returns; the health check then makes it CONNECTED or FAILED. */
    public void connectCustomKeyStore(CallerContext caller, String customKeyStoreId) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** → DISCONNECTED; the store's keys read Unavailable and refuse use with KMSInvalidStateException. */
    public void disconnectCustomKeyStore(CallerContext caller, String customKeyStoreId) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Only DISCONNECTED (else CustomKeyStoreInvalidState) and without keys (else CustomKeyStoreHasCMKs). */
    public void deleteCustomKeyStore(CallerContext caller, String customKeyStoreId) {
        throw new UnsupportedOperationException("not yet built");
    }
}
