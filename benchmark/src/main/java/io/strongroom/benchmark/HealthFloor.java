package io.strongroom.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code GET /health} as the server floor: the cheapest round trip through the same HTTP
 * listener and container, with no signing, JSON, database or crypto. Every other scenario is
 * reported relative to it, which keeps the figures meaningful on a different machine.
 *
 * <p>Uses the JDK's own HTTP client: the floor must not depend on the AWS SDK under test.
 */
public final class HealthFloor implements Scenario.Request {

    private final HttpClient http;
    private final HttpRequest request;

    public HealthFloor(URI endpoint) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.request = HttpRequest.newBuilder(endpoint.resolve("/health"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    public Scenario scenario() {
        return new Scenario("health (floor)", this);
    }

    /** Sends one request; anything but 200 is a failure. */
    @Override
    public void send() throws IOException, InterruptedException {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IOException("GET /health answered " + status);
        }
    }
}
