package io.strongroom.interfaces.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.CustomKeyStoreView;
import io.strongroom.infrastructure.xks.XksHealthReport;
import io.strongroom.infrastructure.xks.XksHealthReport.EkmStatus;
import io.strongroom.infrastructure.xks.XksProxyMetrics.StoreFigures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The external key store metrics in the Prometheus text format. */
class KeyStoreMetricsTextTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static CustomKeyStoreView store(String id, String name, String state, String errorCode,
                                            XksHealthReport health) {
        return new CustomKeyStoreView(id, name, "EXTERNAL_KEY_STORE", state, errorCode, NOW.minusSeconds(86_400),
                "PUBLIC_ENDPOINT", "AKIAXKSTESTAAAAAAAAA", "https://xks.example.com", "/" + name + "/kms/xks/v1",
                null, null, NOW.minusSeconds(3_600), 3, health, health == null ? null : NOW.minusSeconds(42));
    }

    @Test
    void writesEveryFamilyForAConnectedStoreWithCallsAndAHealthReport() {
        XksHealthReport health = new XksHealthReport(2, "Strongroom", "xks-proxy", "SoftHSM",
                List.of(new EkmStatus("ekm-1", "v1", "ACTIVE"), new EkmStatus("ekm-2", "v1", "DEGRADED")));
        StoreFigures figures = new StoreFigures("cks-a", 120, 3.2, 9.5, 41.25, 180, Map.of("Timeout", 2L,
                "AuthenticationFailedException", 1L));

        String text = KeyStoreMetricsText.render(List.of(store("cks-a", "pay", "CONNECTED", null, health)),
                List.of(figures), NOW);

        assertEquals("""
                # HELP strongroom_custom_key_store_connected 1 while the external key store is CONNECTED, else 0; connection_state is its state and connection_error_code why it FAILED.
                # TYPE strongroom_custom_key_store_connected gauge
                strongroom_custom_key_store_connected{custom_key_store_id="cks-a",custom_key_store_name="pay",connection_state="CONNECTED"} 1
                # HELP strongroom_custom_key_store_keys KMS keys in the external key store, in any key state.
                # TYPE strongroom_custom_key_store_keys gauge
                strongroom_custom_key_store_keys{custom_key_store_id="cks-a"} 3
                # HELP strongroom_xks_proxy_credential_age_seconds Seconds since the XKS proxy authentication credential was set or rotated (XksProxyCredentialAge).
                # TYPE strongroom_xks_proxy_credential_age_seconds gauge
                strongroom_xks_proxy_credential_age_seconds{custom_key_store_id="cks-a"} 3600
                # HELP strongroom_xks_proxy_health_report_age_seconds Seconds since the XKS proxy last answered a health check.
                # TYPE strongroom_xks_proxy_health_report_age_seconds gauge
                strongroom_xks_proxy_health_report_age_seconds{custom_key_store_id="cks-a"} 42
                # HELP strongroom_xks_proxy_fleet_size XKS proxy fleet size in the last health report.
                # TYPE strongroom_xks_proxy_fleet_size gauge
                strongroom_xks_proxy_fleet_size{custom_key_store_id="cks-a"} 2
                # HELP strongroom_xks_ekm_health_status 1 for the health_status each external key manager had in the last health report (ACTIVE, DEGRADED or UNAVAILABLE), 0 for the others.
                # TYPE strongroom_xks_ekm_health_status gauge
                strongroom_xks_ekm_health_status{custom_key_store_id="cks-a",ekm_id="ekm-1",ekm_model="v1",health_status="ACTIVE"} 1
                strongroom_xks_ekm_health_status{custom_key_store_id="cks-a",ekm_id="ekm-1",ekm_model="v1",health_status="DEGRADED"} 0
                strongroom_xks_ekm_health_status{custom_key_store_id="cks-a",ekm_id="ekm-1",ekm_model="v1",health_status="UNAVAILABLE"} 0
                strongroom_xks_ekm_health_status{custom_key_store_id="cks-a",ekm_id="ekm-2",ekm_model="v1",health_status="ACTIVE"} 0
                strongroom_xks_ekm_health_status{custom_key_store_id="cks-a",ekm_id="ekm-2",ekm_model="v1",health_status="DEGRADED"} 1
                strongroom_xks_ekm_health_status{custom_key_store_id="cks-a",ekm_id="ekm-2",ekm_model="v1",health_status="UNAVAILABLE"} 0
                # HELP strongroom_xks_proxy_requests_total Calls this node made to the store's XKS proxy.
                # TYPE strongroom_xks_proxy_requests_total counter
                strongroom_xks_proxy_requests_total{custom_key_store_id="cks-a"} 120
                # HELP strongroom_xks_proxy_errors_total Failed calls this node made to the store's XKS proxy, by failure: the proxy's errorName, or Timeout, ConnectionFailed, TlsFailure, MalformedResponse.
                # TYPE strongroom_xks_proxy_errors_total counter
                strongroom_xks_proxy_errors_total{custom_key_store_id="cks-a",error="AuthenticationFailedException"} 1
                strongroom_xks_proxy_errors_total{custom_key_store_id="cks-a",error="Timeout"} 2
                # HELP strongroom_xks_proxy_latency_seconds Latency of this node's last XKS proxy calls (up to 1024) at the quantile, in seconds (0 without calls).
                # TYPE strongroom_xks_proxy_latency_seconds gauge
                strongroom_xks_proxy_latency_seconds{custom_key_store_id="cks-a",quantile="0.5"} 0.0032
                strongroom_xks_proxy_latency_seconds{custom_key_store_id="cks-a",quantile="0.9"} 0.0095
                strongroom_xks_proxy_latency_seconds{custom_key_store_id="cks-a",quantile="0.99"} 0.04125
                # HELP strongroom_xks_proxy_latency_max_seconds Slowest of this node's last XKS proxy calls (up to 1024), in seconds.
                # TYPE strongroom_xks_proxy_latency_max_seconds gauge
                strongroom_xks_proxy_latency_max_seconds{custom_key_store_id="cks-a"} 0.18
                """, text);
    }

    @Test
    void aFailedStoreWithoutCallsOrHealthReportsItsErrorCodeAndZeroCalls() {
        String text = KeyStoreMetricsText.render(
                List.of(store("cks-b", "backup", "FAILED", "XKS_PROXY_NOT_REACHABLE", null)), List.of(), NOW);

        assertTrue(text.contains("strongroom_custom_key_store_connected{custom_key_store_id=\"cks-b\",custom_key_store_name="
                + "\"backup\",connection_state=\"FAILED\",connection_error_code=\"XKS_PROXY_NOT_REACHABLE\"} 0\n"), text);
        assertTrue(text.contains("strongroom_xks_proxy_requests_total{custom_key_store_id=\"cks-b\"} 0\n"), text);
        assertTrue(text.contains("strongroom_xks_proxy_latency_seconds{custom_key_store_id=\"cks-b\",quantile=\"0.99\"} 0\n"), text);
        assertFalse(text.contains("strongroom_xks_proxy_errors_total{"), text);
        assertFalse(text.contains("strongroom_xks_ekm_health_status{"), text);
        assertFalse(text.contains("strongroom_xks_proxy_fleet_size{"), text);
        assertTrue(text.contains("# TYPE strongroom_xks_ekm_health_status gauge\n"), "families are declared regardless");
    }

    @Test
    void figuresOfAStoreThatNoLongerExistsAreLeftOut() {
        String text = KeyStoreMetricsText.render(List.of(),
                List.of(new StoreFigures("cks-gone", 5, 1, 1, 1, 1, Map.of("Timeout", 1L))), NOW);

        assertFalse(text.contains("cks-gone"), text);
    }

    @Test
    void labelValuesAreEscaped() {
        String text = KeyStoreMetricsText.render(List.of(store("cks-c", "odd \"name\"\\x\ny", "DISCONNECTED", null, null)),
                List.of(), NOW);

        assertTrue(text.contains("custom_key_store_name=\"odd \\\"name\\\"\\\\x\\ny\""), text);
    }

    @Test
    void secondsArePlainDecimals() {
        assertEquals("0.0001", KeyStoreMetricsText.seconds(0.1));
        assertEquals("0", KeyStoreMetricsText.seconds(0));
        assertEquals("2.5", KeyStoreMetricsText.seconds(2500));
        assertEquals("NaN", KeyStoreMetricsText.seconds(Double.NaN));
    }

    @Test
    void everySampleLineHasANameLabelsAndANumber() {
        XksHealthReport health = new XksHealthReport(1, "v", "m", "e", List.of(new EkmStatus("x", "y", "UNAVAILABLE")));
        String text = KeyStoreMetricsText.render(List.of(store("cks-d", "d", "CONNECTING", null, health)),
                List.of(new StoreFigures("cks-d", 1, 0.5, 0.5, 0.5, 0.5, Map.of("TlsFailure", 1L))), NOW);

        text.lines().filter(line -> !line.startsWith("#")).forEach(line -> assertTrue(
                line.matches("[a-z_]+\\{([a-z_]+=\"[^\"]*\",?)+} (-?[0-9.]+|NaN)"), line));
    }
}
