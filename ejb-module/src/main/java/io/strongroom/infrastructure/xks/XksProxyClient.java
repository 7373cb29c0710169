package io.strongroom.infrastructure.xks;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Calls one store's XKS proxy (KMS-SPEC §5.1): POST with compact JSON, SigV4 (service
 * {@code kms-xks-proxy}, the region's name), HTTPS with TLS 1.2+ and the four allowed suites,
 * the configured trust anchors and optional client certificate, one reused HTTP/1.1 client per
 * store, and the per-call budget (250 ms by default). Every outcome is recorded in
 * {@link XksProxyMetrics}. Failures are {@link XksProxyException}s.
 */
@ApplicationScoped
public class XksProxyClient {

    /** POST …/health. */
    public XksHealthReport health(XksProxyTarget target, XksRequestMetadata metadata) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** POST …/keys/{xksKeyId}/metadata. */
    public XksKeyDescription keyMetadata(XksProxyTarget target, String xksKeyId, XksRequestMetadata metadata) {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * POST …/keys/{xksKeyId}/encrypt with AES_GCM. {@code plaintext} is always ciphertext made by
     * Strongroom's own key material (double encryption), never a caller's plaintext.
     */
    public XksCiphertext encrypt(XksProxyTarget target, String xksKeyId, XksRequestMetadata metadata, byte[] plaintext,
                                 byte[] additionalAuthenticatedData) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** POST …/keys/{xksKeyId}/decrypt; returns what {@link #encrypt} was given. */
    public byte[] decrypt(XksProxyTarget target, String xksKeyId, XksRequestMetadata metadata, XksCiphertext ciphertext,
                          byte[] additionalAuthenticatedData) {
        throw new UnsupportedOperationException("not yet built");
    }
}
