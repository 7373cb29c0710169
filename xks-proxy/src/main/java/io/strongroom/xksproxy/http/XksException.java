package io.strongroom.xksproxy.http;

/**
 * A request the proxy refuses, with the XKS error name and a message for the caller (printable
 * ASCII, never a secret or a plaintext). The HTTP status is the name's, unless {@link #status} says
 * otherwise (405 for a method other than POST).
 */
final class XksException extends RuntimeException {

    private final XksErrorName name;
    private final int status;

    XksException(XksErrorName name, String message) {
        this(name, name.status(), message);
    }

    XksException(XksErrorName name, int status, String message) {
        super(message, null, false, false);
        this.name = name;
        this.status = status;
    }

    XksErrorName errorName() {
        return name;
    }

    int status() {
        return status;
    }

    static XksException validation(String message) {
        return new XksException(XksErrorName.ValidationException, message);
    }
}
