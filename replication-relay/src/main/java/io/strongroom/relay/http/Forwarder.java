package io.strongroom.relay.http;

import io.strongroom.relay.RelayConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;

/** Delivers one message to a region's replication endpoint and brings back its answer, bounded like requests. */
final class Forwarder {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int maxBytes;

    Forwarder(RelayConfiguration configuration) throws GeneralSecurityException {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(configuration.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(TlsContexts.client(configuration.regionTrustAnchors()))
                .build();
        this.requestTimeout = configuration.requestTimeout();
        this.maxBytes = configuration.maxMessageBytes();
    }

    /** The region's answer, whatever its status. */
    RegionReply deliver(URI messagesUri, byte[] body, String contentType) throws RegionFailure {
        HttpRequest request = HttpRequest.newBuilder(messagesUri)
                .timeout(requestTimeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] answer = BoundedBody.read(in, maxBytes)
                        .orElseThrow(() -> new RegionFailure(RegionFailure.Kind.RESPONSE_TOO_LARGE, null));
                return new RegionReply(response.statusCode(),
                        response.headers().firstValue("Content-Type").map(Replies::mediaType), answer);
            }
        } catch (HttpTimeoutException e) {
            throw new RegionFailure(RegionFailure.Kind.TIMEOUT, e);
        } catch (IOException e) {
            throw new RegionFailure(RegionFailure.Kind.UNREACHABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegionFailure(RegionFailure.Kind.UNREACHABLE, e);
        }
    }

    /** A region's answer: status, media type and body, all passed back to the caller. */
    record RegionReply(int status, Optional<String> contentType, byte[] body) {
    }

    /** Why a region gave no answer the relay can pass back. */
    static final class RegionFailure extends Exception {

        enum Kind { UNREACHABLE, TIMEOUT, RESPONSE_TOO_LARGE }

        private final Kind kind;

        RegionFailure(Kind kind, Throwable cause) {
            super(kind.name(), cause);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }
}
