package io.strongroom.interfaces.metrics;

import io.strongroom.application.CustomKeyStoreView;
import io.strongroom.infrastructure.xks.XksHealthReport;
import io.strongroom.infrastructure.xks.XksProxyMetrics;
import io.strongroom.infrastructure.xks.XksProxyMetrics.StoreFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The external key store metrics in the Prometheus text format: per store its connection state,
 * key count, credential age and last health report (one state set per external key manager), and
 * this node's proxy calls (count, latency percentiles, failures by kind). Stores without calls on
 * this node report zero calls, so that rates start from the store's first scrape.
 */
final class KeyStoreMetricsText {

    static final String CONNECTED = "strongroom_custom_key_store_connected";
    static final String KEYS = "strongroom_custom_key_store_keys";
    static final String CREDENTIAL_AGE = "strongroom_xks_proxy_credential_age_seconds";
    static final String HEALTH_AGE = "strongroom_xks_proxy_health_report_age_seconds";
    static final String FLEET_SIZE = "strongroom_xks_proxy_fleet_size";
    static final String EKM_HEALTH = "strongroom_xks_ekm_health_status";
    static final String REQUESTS = "strongroom_xks_proxy_requests_total";
    static final String ERRORS = "strongroom_xks_proxy_errors_total";
    static final String LATENCY = "strongroom_xks_proxy_latency_seconds";
    static final String LATENCY_MAX = "strongroom_xks_proxy_latency_max_seconds";

    /** The healthStatus values of KMS-SPEC §5.1; each EKM has one line per value, 1 for its own. */
    static final List<String> EKM_STATUSES = List.of("ACTIVE", "DEGRADED", "UNAVAILABLE");

    private static final String STORE = "custom_key_store_id";

    private KeyStoreMetricsText() {
    }

    static String render(List<CustomKeyStoreView> stores, List<StoreFigures> allFigures, Instant now) {
        StringBuilder text = new StringBuilder(1024 + stores.size() * 1536);
        PrometheusText.family(text, CONNECTED, "gauge", "1 while the external key store is CONNECTED, else 0;"
                + " connection_state is its state and connection_error_code why it FAILED.");
        for (CustomKeyStoreView store : stores) {
            sample(text, CONNECTED, "CONNECTED".equals(store.connectionState()) ? "1" : "0",
                    STORE, store.customKeyStoreId(), "custom_key_store_name", store.customKeyStoreName(),
                    "connection_state", store.connectionState(), "connection_error_code", store.connectionErrorCode());
        }
        PrometheusText.family(text, KEYS, "gauge", "KMS keys in the external key store, in any key state.");
        for (CustomKeyStoreView store : stores) {
            sample(text, KEYS, Long.toString(store.keyCount()), STORE, store.customKeyStoreId());
        }
        PrometheusText.family(text, CREDENTIAL_AGE, "gauge",
                "Seconds since the XKS proxy authentication credential was set or rotated (XksProxyCredentialAge).");
        for (CustomKeyStoreView store : stores) {
            if (store.credentialUpdatedAt() != null) {
                sample(text, CREDENTIAL_AGE, Long.toString(secondsSince(store.credentialUpdatedAt(), now)),
                        STORE, store.customKeyStoreId());
            }
        }
        health(text, stores, now);
        calls(text, stores, allFigures);
        return text.toString();
    }

    private static void health(StringBuilder text, List<CustomKeyStoreView> stores, Instant now) {
        List<CustomKeyStoreView> reported = stores.stream().filter(s -> s.lastHealth() != null).toList();
        PrometheusText.family(text, HEALTH_AGE, "gauge", "Seconds since the XKS proxy last answered a health check.");
        for (CustomKeyStoreView store : reported) {
            if (store.lastHealthAt() != null) {
                sample(text, HEALTH_AGE, Long.toString(secondsSince(store.lastHealthAt(), now)),
                        STORE, store.customKeyStoreId());
            }
        }
        PrometheusText.family(text, FLEET_SIZE, "gauge", "XKS proxy fleet size in the last health report.");
        for (CustomKeyStoreView store : reported) {
            sample(text, FLEET_SIZE, Integer.toString(store.lastHealth().xksProxyFleetSize()),
                    STORE, store.customKeyStoreId());
        }
        PrometheusText.family(text, EKM_HEALTH, "gauge", "1 for the health_status each external key manager had in"
                + " the last health report (ACTIVE, DEGRADED or UNAVAILABLE), 0 for the others.");
        for (CustomKeyStoreView store : reported) {
            for (XksHealthReport.EkmStatus ekm : store.lastHealth().ekmFleetDetails()) {
                for (String status : EKM_STATUSES) {
                    sample(text, EKM_HEALTH, status.equals(ekm.healthStatus()) ? "1" : "0",
                            STORE, store.customKeyStoreId(), "ekm_id", ekm.id(), "ekm_model", ekm.model(),
                            "health_status", status);
                }
            }
        }
    }

    private static void calls(StringBuilder text, List<CustomKeyStoreView> stores, List<StoreFigures> allFigures) {
        Map<String, StoreFigures> byStore = allFigures.stream()
                .collect(Collectors.toMap(StoreFigures::customKeyStoreId, Function.identity(), (a, b) -> a));
        List<StoreFigures> figures = stores.stream()
                .map(s -> byStore.getOrDefault(s.customKeyStoreId(), none(s.customKeyStoreId()))).toList();
        PrometheusText.family(text, REQUESTS, "counter", "Calls this node made to the store's XKS proxy.");
        for (StoreFigures f : figures) {
            sample(text, REQUESTS, Long.toString(f.calls()), STORE, f.customKeyStoreId());
        }
        PrometheusText.family(text, ERRORS, "counter", "Failed calls this node made to the store's XKS proxy, by"
                + " failure: the proxy's errorName, or Timeout, ConnectionFailed, TlsFailure, MalformedResponse.");
        for (StoreFigures f : figures) {
            Map<String, Long> errors = f.errorsByFailure() == null ? Map.of() : new TreeMap<>(f.errorsByFailure());
            errors.forEach((failure, count) ->
                    sample(text, ERRORS, Long.toString(count), STORE, f.customKeyStoreId(), "error", failure));
        }
        PrometheusText.family(text, LATENCY, "gauge",
                "Latency of this node's last XKS proxy calls (up to " + XksProxyMetrics.WINDOW
                + ") at the quantile, in seconds (0 without calls).");
        for (StoreFigures f : figures) {
            sample(text, LATENCY, seconds(f.p50Millis()), STORE, f.customKeyStoreId(), "quantile", "0.5");
            sample(text, LATENCY, seconds(f.p90Millis()), STORE, f.customKeyStoreId(), "quantile", "0.9");
            sample(text, LATENCY, seconds(f.p99Millis()), STORE, f.customKeyStoreId(), "quantile", "0.99");
        }
        PrometheusText.family(text, LATENCY_MAX, "gauge", "Slowest of this node's last XKS proxy calls (up to "
                + XksProxyMetrics.WINDOW + "), in seconds.");
        for (StoreFigures f : figures) {
            sample(text, LATENCY_MAX, seconds(f.maxMillis()), STORE, f.customKeyStoreId());
        }
    }

    private static StoreFigures none(String customKeyStoreId) {
        return new StoreFigures(customKeyStoreId, 0, 0, 0, 0, 0, Map.of());
    }

    /** One sample; labels come in name, value pairs, and a pair with a null value is left out. */
    static void sample(StringBuilder text, String name, String value, String... labels) {
        text.append(name).append('{');
        boolean first = true;
        for (int i = 0; i < labels.length; i += 2) {
            if (labels[i + 1] == null) {
                continue;
            }
            text.append(first ? "" : ",").append(labels[i]).append("=\"")
                    .append(PrometheusText.escapeLabel(labels[i + 1])).append('"');
            first = false;
        }
        text.append("} ").append(value).append('\n');
    }

    /** Milliseconds as seconds in plain decimal notation (never 1.0E-4). */
    static String seconds(double millis) {
        if (Double.isNaN(millis) || Double.isInfinite(millis)) {
            return Double.isNaN(millis) ? "NaN" : (millis > 0 ? "+Inf" : "-Inf");
        }
        BigDecimal value = BigDecimal.valueOf(millis).movePointLeft(3).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }

    private static long secondsSince(Instant then, Instant now) {
        return Math.max(0, Duration.between(then, now).getSeconds());
    }
}
