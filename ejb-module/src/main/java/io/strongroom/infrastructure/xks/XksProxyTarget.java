package io.strongroom.infrastructure.xks;

/**
 * One store's proxy as a call needs it: where it is and the credential to sign with. The secret
 * is opened from its sealed column for the call and never logged or returned.
 *
 * @param customKeyStoreId the store, for metrics and messages
 * @param uriEndpoint      scheme, host and optional port, e.g. {@code https://xks.example.com}
 * @param uriPath          the path prefix ending in {@code /kms/xks/v1}
 */
public record XksProxyTarget(String customKeyStoreId, String uriEndpoint, String uriPath, String accessKeyId,
                             byte[] secret) {

    @Override
    public String toString() {
        return "XksProxyTarget[" + customKeyStoreId + ", " + uriEndpoint + uriPath + ", " + accessKeyId + "]";
    }
}
