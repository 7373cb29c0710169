package io.strongroom.interfaces.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ExpiringKeyRows;
import io.strongroom.it.ExpiringKeyRows.Band;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /prometheus} as a Prometheus server scrapes it: the seconds left of each key's imported
 * material (negative once expired, even before the sweep has run) and the number of keys per
 * urgency band, equal to what the database holds. Keys are written straight into the database.
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
