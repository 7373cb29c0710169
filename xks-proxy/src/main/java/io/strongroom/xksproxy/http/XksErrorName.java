package io.strongroom.xksproxy.http;

/** The XKS error names and their HTTP statuses (KMS-SPEC §5.1, "XKS errors"). */
public enum XksErrorName {
    ValidationException(400),
    InvalidStateException(400),
    InvalidCiphertextException(400),
    InvalidKeyUsageException(400),
    AuthenticationFailedException(401),
    AccessDeniedException(403),
    KeyNotFoundException(404),
    InvalidUriPathException(404),
    ThrottlingException(429),
    UnsupportedOperationException(501),
    DependencyTimeoutException(503),
    InternalException(500);

    private final int status;

    XksErrorName(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
