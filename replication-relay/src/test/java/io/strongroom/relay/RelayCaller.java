package io.strongroom.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** What a region does with the relay: POSTs a message for another region and reads the answer. */
public final class RelayCaller {

    private final HttpClient client;
    private final URI relay;

    public RelayCaller(URI relay) {
        this(relay, HttpClient.newBuilder());
    }

    public RelayCaller(URI relay, SSLContext tls) {
        this(relay, HttpClient.newBuilder().sslContext(tls));
    }

    private RelayCaller(URI relay, HttpClient.Builder builder) {
        this.client = builder.version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        this.relay = relay;
    }

    public HttpResponse<byte[]> send(String destination, byte[] message) {
        return send(destination, message, "application/octet-stream");
    }

    public HttpResponse<byte[]> send(String destination, byte[] message, String contentType) {
        return call(HttpRequest.newBuilder(relay.resolve("/relay/v1/" + destination))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)));
    }

    /** Any request to any path of the relay. */
    public HttpResponse<byte[]> call(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI relay() {
        return relay;
    }
}
