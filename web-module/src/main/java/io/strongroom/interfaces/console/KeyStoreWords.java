package io.strongroom.interfaces.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What the key store screens say about a store in plain words: each ConnectionErrorCode of
 * KMS-SPEC §5 with its cause and what to check, the colour of a connection state, and the
 * age of the proxy credential. An operator reading FAILED needs the reason, not only the code.
 */
final class KeyStoreWords {

    /** The per-call budget the explanation of a timeout names (the proxy client's default). */
    static final long CALL_BUDGET_MILLIS = 250;

    private static final Map<String, String> CAUSES = Map.ofEntries(
            Map.entry("INVALID_CREDENTIALS", "The proxy rejected the credential Strongroom signs its requests with."
                    + " Check that the store's access key ID and secret match a credential the proxy accepts for this URI path."),
            Map.entry("XKS_PROXY_ACCESS_DENIED", "The proxy's own authorization rules denied Strongroom's request."
                    + " Check the proxy's access rules for this region's principals."),
            Map.entry("XKS_PROXY_INVALID_CONFIGURATION", "The proxy did not accept the request as configured, usually"
                    + " because the URI path is wrong. Check the path prefix and that it ends in /kms/xks/v1."),
            Map.entry("XKS_PROXY_INVALID_RESPONSE", "Strongroom could not understand the proxy's reply."
                    + " Check that the endpoint and path lead to an XKS proxy speaking API v1."),
            Map.entry("XKS_PROXY_INVALID_TLS_CONFIGURATION", "The TLS connection to the proxy failed: an old TLS version,"
                    + " an expired certificate, a host name that does not match the certificate, or a certificate"
                    + " authority the region does not trust."),
            Map.entry("XKS_PROXY_NOT_REACHABLE", "Strongroom cannot reach the proxy, or the proxy reports every external"
                    + " key manager as UNAVAILABLE. Check the endpoint, the network path and the key managers."),
            Map.entry("XKS_PROXY_TIMED_OUT", "The proxy is reachable but answered too slowly (Strongroom waits "
                    + CALL_BUDGET_MILLIS + " ms per call by default)."),
            Map.entry("XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION", "The VPC endpoint service does not meet the"
                    + " requirements for an external key store proxy."),
            Map.entry("XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND", "The VPC endpoint service named in the store cannot be found."),
            Map.entry("NETWORK_ERRORS", "A network failure interrupted the connection. Try connecting again."),
            Map.entry("INTERNAL_ERROR", "An internal error interrupted the connection. Try connecting again."),
            Map.entry("CLUSTER_NOT_FOUND", "The CloudHSM cluster cannot be found."),
            Map.entry("INSUFFICIENT_CLOUDHSM_HSMS", "The CloudHSM cluster has too few active HSMs."),
            Map.entry("INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET", "A subnet of the CloudHSM cluster has no free address."),
            Map.entry("SUBNET_NOT_FOUND", "A subnet of the CloudHSM cluster cannot be found."),
            Map.entry("USER_LOCKED_OUT", "The kmsuser of the CloudHSM cluster is locked out."),
            Map.entry("USER_LOGGED_IN", "The kmsuser is logged in to the CloudHSM cluster elsewhere."),
            Map.entry("USER_NOT_FOUND", "The CloudHSM cluster has no kmsuser."));

    private KeyStoreWords() {
    }

    /** The cause of a ConnectionErrorCode; empty when there is no code. */
    static String explain(String connectionErrorCode) {
        if (connectionErrorCode == null || connectionErrorCode.isBlank()) {
            return "";
        }
        return CAUSES.getOrDefault(connectionErrorCode, "Unknown connection error " + connectionErrorCode + ".");
    }

    /** The PrimeFaces tag severity of a ConnectionState. */
    static String stateSeverity(String connectionState) {
        if (connectionState == null) {
            return "warning";
        }
        return switch (connectionState) {
            case "CONNECTED" -> "success";
            case "FAILED" -> "danger";
            case "CONNECTING", "DISCONNECTING" -> "info";
            default -> "warning";
        };
    }

    /** How long ago the credential was set or rotated, e.g. "12 days 3 hours"; "unknown" without a date. */
    static String credentialAge(Instant credentialUpdatedAt, Instant now) {
        if (credentialUpdatedAt == null) {
            return "unknown";
        }
        long seconds = Math.max(0, Duration.between(credentialUpdatedAt, now).getSeconds());
        return ExpiryWords.span(seconds);
    }
}
