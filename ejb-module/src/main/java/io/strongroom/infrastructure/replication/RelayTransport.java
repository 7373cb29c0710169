package io.strongroom.infrastructure.replication;

import io.strongroom.domain.replication.RegionName;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Carries signed replication messages to a peer region. Regions never call each other directly:
 * every message goes to the relay ({@code STRONGROOM_REPLICATION_RELAY}) as
 * {@code POST /relay/v1/{region}}, and the relay returns the peer's answer unchanged. The relay is
 * untrusted; what it returns is verified by the caller like any other message.
 */
@ApplicationScoped
public class RelayTransport {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** Matches the largest message the protocol allows. */
    static final int MAX_ANSWER_BYTES = 1 << 20;

    private StrongroomConfig config;
    private HttpClient http;

    protected RelayTransport() {
        // for CDI proxies
    }

    @Inject
    public RelayTransport(StrongroomConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The peer's answer: the status and the body (empty when it sent none). */
    public record Delivery(int status, byte[] body) {

        public boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * Sends one message to {@code region} through the relay.
     *
     * @throws PeerUnreachableException when no relay is configured, or the relay or the peer cannot be reached
     */
    public Delivery send(String region, byte[] message) {
        RegionName.require("region", region);
        String relay = config.replicationRelay().orElseThrow(() -> new PeerUnreachableException(
                "no replication relay is configured (" + StrongroomConfig.REPLICATION_RELAY + ")"));
        URI target = URI.create(relay.endsWith("/") ? relay : relay + "/").resolve("relay/v1/" + region);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body() == null ? new byte[0] : response.body();
            if (body.length > MAX_ANSWER_BYTES) {
                throw new PeerUnreachableException("the answer from " + region + " is too large");
            }
            // 502 and 504 are the relay's own: the peer could not be reached or did not answer.
            if (response.statusCode() == 502 || response.statusCode() == 504) {
                throw new PeerUnreachableException("the relay could not reach " + region + " (" + response.statusCode() + ")");
            }
            return new Delivery(response.statusCode(), body);
        } catch (IOException e) {
            throw new PeerUnreachableException("the replication relay is unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnreachableException("interrupted while reaching " + region);
        }
    }
}
