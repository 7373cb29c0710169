package io.strongroom.interfaces.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ExpiringKeyRows;
import io.strongroom.it.ExpiringKeyRows.Band;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import io.strongroom.it.TestXksProxy;
import io.strongroom.xksproxy.EkmFleetEntry;
import io.strongroom.xksproxy.EkmHealthStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ConnectionStateType;
import software.amazon.awssdk.services.kms.model.XksProxyUriUnreachableException;

/**
 * {@code GET /prometheus} as a Prometheus server scrapes it: the seconds left of each key's imported
 * material (negative once expired, even before the sweep has run) and the number of keys per
 * urgency band, equal to what the database holds (keys are written straight into the database);
 * and an external key store on the project's XKS proxy, connected and then FAILED, with its health
 * report, credential age and this node's proxy calls.
 */
@RegionTest
@Order(3)
class PrometheusIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String EXPIRY = "strongroom_imported_key_material_expiry_seconds";
    private static final String COUNT = "strongroom_imported_key_material_expiring_keys";

    @Test
    void scrapeShowsSecondsLeftPerKeyAndCountsPerUrgency(URI region) throws Exception {
        try (ExpiringKeyRows rows = ExpiringKeyRows.open()) {
            String soon = rows.insert(Duration.ofHours(1), "Enabled", "it-prometheus soon", null);
            String days = rows.insert(Duration.ofDays(3), "Disabled", "it-prometheus days", null);
            String past = rows.insert(Duration.ofSeconds(-90), "Enabled", "it-prometheus past", null);
            String pendingImport = rows.insertWithoutMaterial("it-prometheus no material");

            HttpResponse<String> response = get(region.resolve("prometheus"));

            assertEquals(200, response.statusCode(), response.body());
            String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            assertTrue(contentType.startsWith("text/plain"), contentType);
            assertTrue(contentType.contains("version=0.0.4"), contentType);
            assertTrue(contentType.contains("charset=utf-8"), contentType);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
            String body = response.body();
            assertTrue(body.contains("# HELP " + EXPIRY + " "), body);
            assertTrue(body.contains("# TYPE " + EXPIRY + " gauge\n"), body);
            assertTrue(body.contains("# TYPE " + COUNT + " gauge\n"), body);

            assertBetween(3500, 3600, secondsLeft(body, soon));
            assertBetween(3 * 86_400 - 100, 3 * 86_400, secondsLeft(body, days));
            assertBetween(-200, -90, secondsLeft(body, past));
            assertFalse(body.contains(pendingImport), "a key without material has no expiry metric");

            assertCountsMatchTheDatabase(region, rows);
        }
    }

    @Test
    void scrapeShowsAnExternalKeyStoresConnectionHealthAndProxyCalls(URI region) throws Exception {
        String name = "it-prometheus-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now();
        try (TestXksProxy proxy = TestXksProxy.builder().prefix("/it/prometheus/" + name)
                .ekm(new EkmFleetEntry("ekm-a", "software keystore", EkmHealthStatus.ACTIVE))
                .ekm(new EkmFleetEntry("ekm-b", "software keystore", EkmHealthStatus.DEGRADED))
                .start();
             KmsClient kms = KmsClients.sdk(region)) {
            String id = createConnectedStore(proxy, kms, name);
            try {
                String body = get(region.resolve("prometheus")).body();
                String store = "custom_key_store_id=\"" + id + "\"";
                assertEquals(1, sample(body, "strongroom_custom_key_store_connected", store
                        + ",custom_key_store_name=\"" + name + "\",connection_state=\"CONNECTED\""));
                assertEquals(0, sample(body, "strongroom_custom_key_store_keys", store));
                assertBetween(0, Duration.between(before, Instant.now()).getSeconds() + 1,
                        (long) sample(body, "strongroom_xks_proxy_credential_age_seconds", store));
                assertTrue(sample(body, "strongroom_xks_proxy_health_report_age_seconds", store) >= 0);
                assertEquals(1, sample(body, "strongroom_xks_proxy_fleet_size", store));
                String ekmB = store + ",ekm_id=\"ekm-b\",ekm_model=\"software keystore\",health_status=";
                assertEquals(1, sample(body, "strongroom_xks_ekm_health_status", ekmB + "\"DEGRADED\""));
                assertEquals(0, sample(body, "strongroom_xks_ekm_health_status", ekmB + "\"ACTIVE\""));
                assertEquals(1, sample(body, "strongroom_xks_ekm_health_status",
                        store + ",ekm_id=\"ekm-a\",ekm_model=\"software keystore\",health_status=\"ACTIVE\""));
                double calls = sample(body, "strongroom_xks_proxy_requests_total", store);
                assertTrue(calls >= 2, "CreateCustomKeyStore and ConnectCustomKeyStore called health: " + calls);
                double p50 = sample(body, "strongroom_xks_proxy_latency_seconds", store + ",quantile=\"0.5\"");
                double p99 = sample(body, "strongroom_xks_proxy_latency_seconds", store + ",quantile=\"0.99\"");
                assertTrue(p50 > 0 && p50 <= p99 && p99 <= sample(body, "strongroom_xks_proxy_latency_max_seconds", store),
                        p50 + " " + p99);

                // Every key manager UNAVAILABLE: connecting again fails, counted as the failure it is.
                proxy.server().setEkmHealth(EkmHealthStatus.UNAVAILABLE);
                kms.disconnectCustomKeyStore(r -> r.customKeyStoreId(id));
                kms.connectCustomKeyStore(r -> r.customKeyStoreId(id));
                TestXksProxy.awaitState(kms, id, ConnectionStateType.FAILED);
                body = get(region.resolve("prometheus")).body();
                assertEquals(0, sample(body, "strongroom_custom_key_store_connected", store + ",custom_key_store_name=\""
                        + name + "\",connection_state=\"FAILED\",connection_error_code=\"XKS_PROXY_NOT_REACHABLE\""));
                assertTrue(sample(body, "strongroom_xks_proxy_errors_total", store + ",error=\"AllEkmsUnavailable\"") >= 1);
                assertTrue(sample(body, "strongroom_xks_proxy_requests_total", store) > calls);
            } finally {
                TestXksProxy.deleteStore(kms, id);
            }
            assertFalse(get(region.resolve("prometheus")).body().contains(id), "a deleted store is no longer reported");
        }
    }

    @Test
    void aScrapeWithoutTheConfiguredTokenIsRefused(URI region) throws Exception {
        URI metrics = region.resolve("prometheus");
        for (String authorization : new String[] {null, "Bearer wrong-token", "Basic " + TestRegion.METRICS_TOKEN,
                "Bearer " + TestRegion.METRICS_TOKEN + "x"}) {
            HttpResponse<String> refused = get(metrics, authorization);
            assertEquals(401, refused.statusCode(), authorization + ": " + refused.body());
            assertFalse(refused.body().contains("strongroom_"), "a refused scrape shows no metrics");
        }
        assertEquals(200, get(metrics).statusCode());
    }

    @Test
    void metricsCannotBeWritten(URI region) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(region.resolve("prometheus"))
                        .POST(HttpRequest.BodyPublishers.ofString("x 1\n")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode(), response.body());
    }

    /** Other tests' keys count too; the scrape must equal the database, within a retry for a sweep in between. */
    private static void assertCountsMatchTheDatabase(URI region, ExpiringKeyRows rows) throws Exception {
        Map<Band, Long> scraped = Map.of();
        Map<Band, Long> held = Map.of();
        for (int attempt = 0; attempt < 5; attempt++) {
            scraped = counts(get(region.resolve("prometheus")).body());
            held = rows.countsNow();
            if (scraped.equals(held)) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(held, scraped);
        assertTrue(scraped.get(Band.EXPIRED) >= 1, scraped.toString());
        assertTrue(scraped.get(Band.UNDER_24_HOURS) >= 1, scraped.toString());
        assertTrue(scraped.get(Band.UNDER_7_DAYS) >= 1, scraped.toString());
    }

    private static long secondsLeft(String body, String keyId) {
        String arn = "arn:aws:kms:" + TestRegion.REGION + ":" + TestRegion.ACCOUNT_ID + ":key/" + keyId;
        Matcher line = Pattern.compile("^" + EXPIRY + "\\{key_id=\"" + Pattern.quote(keyId) + "\",key_arn=\""
                + Pattern.quote(arn) + "\"} (-?\\d+)$", Pattern.MULTILINE).matcher(body);
        assertTrue(line.find(), "no expiry line for " + keyId + " in\n" + body);
        return Long.parseLong(line.group(1));
    }

    private static Map<Band, Long> counts(String body) {
        Map<Band, Long> counts = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            Matcher line = Pattern.compile("^" + COUNT + "\\{urgency=\"" + band.name().toLowerCase(Locale.ROOT)
                    + "\"} (\\d+)$", Pattern.MULTILINE).matcher(body);
            assertTrue(line.find(), "no count for " + band + " in\n" + body);
            counts.put(band, Long.parseLong(line.group(1)));
        }
        return counts;
    }

    /**
     * Creates and connects a store on the proxy. On a loaded machine the first calls of the region to
     * a proxy that has not served a TLS handshake yet can miss the call budget; CreateCustomKeyStore
     * then stores nothing and says XksProxyUriUnreachableException. What this test checks comes after,
     * so such a cold start is tried again, twice at most.
     */
    private static String createConnectedStore(TestXksProxy proxy, KmsClient kms, String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                return proxy.createConnectedStore(kms, name);
            } catch (XksProxyUriUnreachableException coldStart) {
                if (attempt == 3) {
                    throw coldStart;
                }
            }
        }
    }

    /** The value of the one sample with exactly these labels. */
    private static double sample(String body, String metric, String labels) {
        String prefix = metric + "{" + labels + "} ";
        List<String> lines = body.lines().filter(line -> line.startsWith(prefix)).toList();
        assertEquals(1, lines.size(), "samples " + prefix + " in\n" + body);
        return Double.parseDouble(lines.get(0).substring(prefix.length()));
    }

    private static void assertBetween(long low, long high, long actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not within [" + low + ", " + high + "]");
    }

    /** A scrape as Prometheus makes it, with the region's bearer token (TestRegion sets one). */
    private static HttpResponse<String> get(URI uri) throws Exception {
        return get(uri, "Bearer " + TestRegion.METRICS_TOKEN);
    }

    private static HttpResponse<String> get(URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
