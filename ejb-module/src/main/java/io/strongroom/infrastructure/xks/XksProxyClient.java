package io.strongroom.infrastructure.xks;

import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Calls one store's XKS proxy (KMS-SPEC §5.1): POST with compact JSON, SigV4 (service
 * {@code kms-xks-proxy}, the region's name), HTTPS with TLS 1.2+ and the four allowed suites,
 * the configured trust anchors and optional client certificate, one reused HTTP/1.1 client per
 * store, and the per-call budget (250 ms by default). Every outcome is recorded in
 * {@link XksProxyMetrics}. Failures are {@link XksProxyException}s; an answer that breaks the
 * specification (wrong lengths, missing members) is a MALFORMED_RESPONSE failure.
 */
@ApplicationScoped
public class XksProxyClient {

    static final String HEALTH = "GetHealthStatus";
    static final String METADATA = "GetKeyMetadata";
    static final String ENCRYPT = "Encrypt";
    static final String DECRYPT = "Decrypt";
    private static final int TAG_LENGTH = 16;
    private static final int MAX_CIPHERTEXT_METADATA = 20;
    private static final int MAX_KEY_USAGES = 10;
    private static final java.util.regex.Pattern XKS_KEY_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,128}");

    @Inject
    private StrongroomConfig config;
    @Inject
    private XksProxyMetrics metrics;

    private volatile XksTransport transport;

    public XksProxyClient() {
    }

    /** A client over a given transport, for tests outside the container. */
    XksProxyClient(XksTransport transport) {
        this.transport = transport;
    }

    /** POST …/health. Every EKM UNAVAILABLE is an ALL_EKMS_UNAVAILABLE failure; DEGRADED is reported, not refused. */
    public XksHealthReport health(XksProxyTarget target, XksRequestMetadata metadata) {
        return transport().call(target, HEALTH, "/health", XksJson.metadataOnly(metadata), json -> {
            XksHealthReport report = XksJson.healthReport(json);
            if (report.allUnavailable()) {
                throw new XksProxyException(XksProxyFailure.ALL_EKMS_UNAVAILABLE, "The XKS proxy of "
                        + target.customKeyStoreId() + " reports every external key manager UNAVAILABLE");
            }
            return report;
        });
    }

    /** POST …/keys/{xksKeyId}/metadata. */
    public XksKeyDescription keyMetadata(XksProxyTarget target, String xksKeyId, XksRequestMetadata metadata) {
        return transport().call(target, METADATA, keyPath(xksKeyId, "metadata"), XksJson.metadataOnly(metadata), json ->
                new XksKeyDescription(XksJson.string(json, "keySpec"), XksJson.strings(json, "keyUsage", MAX_KEY_USAGES),
                        XksJson.string(json, "keyStatus")));
    }

    /**
     * POST …/keys/{xksKeyId}/encrypt with AES_GCM. {@code plaintext} is always ciphertext made by
     * Strongroom's own key material (double encryption), never a caller's plaintext. The proxy is
     * asked for the SHA_256 ciphertext data integrity value, which is checked, so an answer that
     * was damaged on the way, or that the proxy could not decrypt again, is never stored.
     */
    public XksCiphertext encrypt(XksProxyTarget target, String xksKeyId, XksRequestMetadata metadata, byte[] plaintext,
                                 byte[] additionalAuthenticatedData) {
        JsonObjectBuilder body = XksJson.JSON.createObjectBuilder()
                .add("requestMetadata", XksJson.requestMetadata(metadata))
                .add("plaintext", XksJson.base64(plaintext))
                .add("encryptionAlgorithm", "AES_GCM")
                .add("ciphertextDataIntegrityValueAlgorithm", "SHA_256");
        if (additionalAuthenticatedData != null) {
            body.add("additionalAuthenticatedData", XksJson.base64(additionalAuthenticatedData));
        }
        return transport().call(target, ENCRYPT, keyPath(xksKeyId, "encrypt"), body.build(),
                json -> ciphertext(json, plaintext.length, additionalAuthenticatedData));
    }

    /** POST …/keys/{xksKeyId}/decrypt; returns what {@link #encrypt} was given. */
    public byte[] decrypt(XksProxyTarget target, String xksKeyId, XksRequestMetadata metadata, XksCiphertext ciphertext,
                          byte[] additionalAuthenticatedData) {
        JsonObjectBuilder body = XksJson.JSON.createObjectBuilder()
                .add("requestMetadata", XksJson.requestMetadata(metadata))
                .add("ciphertext", XksJson.base64(ciphertext.ciphertext()))
                .add("encryptionAlgorithm", "AES_GCM")
                .add("initializationVector", XksJson.base64(ciphertext.initializationVector()))
                .add("authenticationTag", XksJson.base64(ciphertext.authenticationTag()));
        if (additionalAuthenticatedData != null) {
            body.add("additionalAuthenticatedData", XksJson.base64(additionalAuthenticatedData));
        }
        if (ciphertext.ciphertextMetadata() != null) {
            body.add("ciphertextMetadata", XksJson.base64(ciphertext.ciphertextMetadata()));
        }
        return transport().call(target, DECRYPT, keyPath(xksKeyId, "decrypt"), body.build(), json -> {
            byte[] plaintext = XksJson.blob(json, "plaintext", true);
            if (plaintext.length != ciphertext.ciphertext().length) {
                throw XksJson.malformed("the plaintext is " + plaintext.length + " bytes for a ciphertext of "
                        + ciphertext.ciphertext().length);
            }
            return plaintext;
        });
    }

    /** Forgets a deleted store's connections. */
    public void forget(String customKeyStoreId) {
        transport().forget(customKeyStoreId);
    }

    private static XksCiphertext ciphertext(JsonObject json, int plaintextLength, byte[] aad) {
        byte[] ciphertext = XksJson.blob(json, "ciphertext", true);
        byte[] iv = XksJson.blob(json, "initializationVector", true);
        byte[] tag = XksJson.blob(json, "authenticationTag", true);
        byte[] metadata = XksJson.blob(json, "ciphertextMetadata", false);
        byte[] integrity = XksJson.blob(json, "ciphertextDataIntegrityValue", true);
        if (ciphertext.length != plaintextLength) {
            throw XksJson.malformed("the ciphertext is " + ciphertext.length + " bytes for a plaintext of "
                    + plaintextLength);
        }
        if (iv.length != 12 && iv.length != 16) {
            throw XksJson.malformed("the initializationVector is " + iv.length + " bytes, not 12 or 16");
        }
        if (tag.length != TAG_LENGTH) {
            throw XksJson.malformed("the authenticationTag is " + tag.length + " bytes, not 16");
        }
        if (metadata != null && metadata.length > MAX_CIPHERTEXT_METADATA) {
            throw XksJson.malformed("the ciphertextMetadata is " + metadata.length + " bytes, more than 20");
        }
        if (!MessageDigest.isEqual(integrity, integrityValue(aad, metadata, iv, ciphertext, tag))) {
            throw XksJson.malformed("the ciphertextDataIntegrityValue does not match the ciphertext");
        }
        return new XksCiphertext(ciphertext, iv, tag, metadata);
    }

    /** CDIV = SHA-256(aad ‖ ciphertextMetadata ‖ iv ‖ ciphertext ‖ tag), missing parts empty. */
    static byte[] integrityValue(byte[] aad, byte[] metadata, byte[] iv, byte[] ciphertext, byte[] tag) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (byte[] part : Arrays.asList(aad, metadata, iv, ciphertext, tag)) {
                if (part != null) {
                    sha256.update(part);
                }
            }
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Key ids are [A-Za-z0-9._-]{1,128} (KMS-SPEC §5.1), so they go into the path as they are. */
    private static String keyPath(String xksKeyId, String api) {
        if (xksKeyId == null || !XKS_KEY_ID.matcher(xksKeyId).matches()) {
            throw new IllegalArgumentException("An XKS key id must be 1 to 128 characters of [A-Za-z0-9._-]");
        }
        return "/keys/" + xksKeyId + "/" + api;
    }

    private XksTransport transport() {
        XksTransport current = transport;
        if (current == null) {
            synchronized (this) {
                if (transport == null) {
                    transport = new XksTransport(() -> XksTls.context(config.xksTrustStore(),
                            config.xksClientCertificate(), config.xksClientKey()), config.xksTimeout(),
                            config.region(), metrics);
                }
                current = transport;
            }
        }
        return current;
    }
}
