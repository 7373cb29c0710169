package io.strongroom.infrastructure.xks;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns what went wrong in a proxy call into an {@link XksProxyException}: the proxy's own
 * errorName, or the transport failure the client saw. Messages name the store's proxy, the API
 * and the failure, never a secret, a payload or the proxy's raw body.
 */
final class XksFailures {

    private XksFailures() {
    }

    /** An HTTP answer other than 200: the proxy's errorName decides; anything else is a malformed reply. */
    static XksProxyException fromErrorResponse(String where, int status, JsonObject body) {
        String errorName = body != null && body.get("errorName") instanceof JsonString name ? name.getString() : null;
        Optional<XksProxyFailure> failure = errorName == null ? Optional.empty() : byErrorName(errorName);
        if (failure.isEmpty()) {
            return new XksProxyException(XksProxyFailure.MALFORMED_RESPONSE, where + " answered HTTP " + status
                    + " without an errorName of the XKS proxy API");
        }
        return new XksProxyException(failure.get(), where + " answered HTTP " + status + " " + failure.get().label());
    }

    /** An exception thrown while connecting, handshaking, sending or waiting. */
    static XksProxyException fromTransport(String where, Throwable thrown, long budgetMillis) {
        if (thrown instanceof XksProxyException known) {
            return known;
        }
        if (causedBy(thrown, HttpTimeoutException.class) || causedBy(thrown, TimeoutException.class)) {
            return new XksProxyException(XksProxyFailure.TIMED_OUT, where + " did not answer within "
                    + budgetMillis + " ms", thrown);
        }
        if (causedBy(thrown, SSLException.class) || causedBy(thrown, CertificateException.class)) {
            return new XksProxyException(XksProxyFailure.TLS, where + " failed the TLS handshake: "
                    + tlsReason(thrown), thrown);
        }
        if (causedBy(thrown, ConnectException.class) || causedBy(thrown, UnknownHostException.class)
                || causedBy(thrown, UnresolvedAddressException.class) || causedBy(thrown, NoRouteToHostException.class)) {
            return new XksProxyException(XksProxyFailure.NOT_REACHABLE, where + " cannot be reached ("
                    + simpleName(rootCause(thrown)) + ")", thrown);
        }
        if (causedBy(thrown, IOException.class)) {
            return new XksProxyException(XksProxyFailure.NOT_REACHABLE, where + " closed the connection or failed "
                    + "to answer (" + simpleName(rootCause(thrown)) + ")", thrown);
        }
        return new XksProxyException(XksProxyFailure.MALFORMED_RESPONSE, where + " could not be called ("
                + simpleName(rootCause(thrown)) + ")", thrown);
    }

    /** The failure for an errorName of the XKS error table, if it is one. */
    static Optional<XksProxyFailure> byErrorName(String errorName) {
        return Arrays.stream(XksProxyFailure.values())
                .filter(failure -> failure.ordinal() < XksProxyFailure.MALFORMED_RESPONSE.ordinal())
                .filter(failure -> failure.label().equals(errorName))
                .findFirst();
    }

    /**
     * The certificate problem in words: the JDK's messages for expiry, unknown issuers and name
     * mismatches are safe (they carry names and dates, nothing secret) and tell the operator what to fix.
     */
    private static String tlsReason(Throwable thrown) {
        Throwable root = rootCause(thrown);
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return simpleName(root);
        }
        String printable = message.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 200 ? printable.substring(0, 200) + "..." : printable;
    }

    static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String simpleName(Throwable thrown) {
        return thrown.getClass().getSimpleName();
    }
}
