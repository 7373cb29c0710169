package io.strongroom.xksproxy.sigv4;

/** Why a request's signature was not accepted; the message is safe to return to the caller. */
public final class SignatureRejectedException extends Exception {

    public SignatureRejectedException(String message) {
        super(message);
    }
}
