package io.strongroom.interfaces.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strongroom.it.RegionTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /health} is the application's own readiness answer, unauthenticated and without
 * detail, and Payara's MicroProfile Health endpoint (which would take the path and report "UP" with
 * no regard to the root key) is switched off.
 */
@RegionTest
@Order(3)
class HealthIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void readyRegionAnswersUpWithoutDetail(URI region) throws Exception {
        HttpResponse<String> response = get(region.resolve("health"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"status\":\"UP\"}", response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void payaraHealthEndpointsAreOff(URI region) throws Exception {
        // MicroProfile Health would serve these sub-paths; the application serves none of them.
        assertEquals(404, get(region.resolve("health/ready")).statusCode());
        assertEquals(404, get(region.resolve("health/live")).statusCode());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
