package io.strongroom.infrastructure.xks;

/**
 * Why a proxy call failed: the proxy's own errorName (KMS-SPEC §5.1 error table) or a transport
 * failure seen by the client. Each maps to a ConnectionErrorCode and, per calling operation, to a
 * KMS exception (see {@link XksProxyException}).
 */
public enum XksProxyFailure {
    // errorName values answered by the proxy
    VALIDATION("ValidationException"),
    INVALID_STATE("InvalidStateException"),
    INVALID_CIPHERTEXT("InvalidCiphertextException"),
    INVALID_KEY_USAGE("InvalidKeyUsageException"),
    AUTHENTICATION_FAILED("AuthenticationFailedException"),
    ACCESS_DENIED("AccessDeniedException"),
    KEY_NOT_FOUND("KeyNotFoundException"),
    INVALID_URI_PATH("InvalidUriPathException"),
    THROTTLING("ThrottlingException"),
    UNSUPPORTED_OPERATION("UnsupportedOperationException"),
    DEPENDENCY_TIMEOUT("DependencyTimeoutException"),
    INTERNAL("InternalException"),
    // seen by the client
    MALFORMED_RESPONSE("MalformedResponse"),
    TIMED_OUT("Timeout"),
    NOT_REACHABLE("ConnectionFailed"),
    TLS("TlsFailure"),
    ALL_EKMS_UNAVAILABLE("AllEkmsUnavailable");

    private final String label;

    XksProxyFailure(String label) {
        this.label = label;
    }

    /** The proxy's errorName, or a short name of the client-side failure (metrics label). */
    public String label() {
        return label;
    }
}
