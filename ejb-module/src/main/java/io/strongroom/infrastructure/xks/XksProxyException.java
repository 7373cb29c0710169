package io.strongroom.infrastructure.xks;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;

/**
 * A failed proxy call. The message says what happened in words safe to show (never a secret, a
 * plaintext or the proxy's raw body); the failure decides the ConnectionErrorCode and, through the
 * {@code for…} methods, the KMS exception of the calling operation (KMS-SPEC §5.1 mapping table).
 */
public class XksProxyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final XksProxyFailure failure;

    public XksProxyException(XksProxyFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public XksProxyException(XksProxyFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public XksProxyFailure failure() {
        return failure;
    }

    /** The ConnectionErrorCode a store gets when this failure ends a connection attempt or health check. */
    public String connectionErrorCode() {
        return switch (failure) {
            case AUTHENTICATION_FAILED -> "INVALID_CREDENTIALS";
            case ACCESS_DENIED -> "XKS_PROXY_ACCESS_DENIED";
            case INVALID_URI_PATH -> "XKS_PROXY_INVALID_CONFIGURATION";
            case VALIDATION, INTERNAL, MALFORMED_RESPONSE, UNSUPPORTED_OPERATION, INVALID_STATE, INVALID_CIPHERTEXT,
                 INVALID_KEY_USAGE, KEY_NOT_FOUND -> "XKS_PROXY_INVALID_RESPONSE";
            case TLS -> "XKS_PROXY_INVALID_TLS_CONFIGURATION";
            case NOT_REACHABLE, ALL_EKMS_UNAVAILABLE -> "XKS_PROXY_NOT_REACHABLE";
            case TIMED_OUT, THROTTLING, DEPENDENCY_TIMEOUT -> "XKS_PROXY_TIMED_OUT";
        };
    }

    /** In CreateCustomKeyStore and UpdateCustomKeyStore. */
    public KmsException forStoreManagement() {
        KmsError error = switch (failure) {
            case AUTHENTICATION_FAILED -> KmsError.XksProxyIncorrectAuthenticationCredentialException;
            case INVALID_URI_PATH, ACCESS_DENIED -> KmsError.XksProxyInvalidConfigurationException;
            case TIMED_OUT, THROTTLING, DEPENDENCY_TIMEOUT, NOT_REACHABLE, TLS, ALL_EKMS_UNAVAILABLE ->
                    KmsError.XksProxyUriUnreachableException;
            default -> KmsError.XksProxyInvalidResponseException;
        };
        return new KmsException(error, getMessage());
    }

    /** In CreateKey with Origin EXTERNAL_KEY_STORE (the GetKeyMetadata call). */
    public KmsException forCreateKey() {
        KmsError error = switch (failure) {
            case KEY_NOT_FOUND -> KmsError.XksKeyNotFoundException;
            case INVALID_STATE, INVALID_KEY_USAGE -> KmsError.XksKeyInvalidConfigurationException;
            case UNSUPPORTED_OPERATION -> KmsError.XksKeyInvalidResponseException;
            default -> KmsError.CustomKeyStoreInvalidStateException;
        };
        return new KmsException(error, getMessage());
    }

    /** In Encrypt, Decrypt, ReEncrypt and GenerateDataKey*: always KMSInvalidStateException, with the detail. */
    public KmsException forCryptoOperation() {
        return new KmsException(KmsError.KMSInvalidStateException, getMessage());
    }
}
