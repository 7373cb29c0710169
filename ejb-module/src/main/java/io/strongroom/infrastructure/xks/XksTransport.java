package io.strongroom.infrastructure.xks;

import io.strongroom.application.auth.SigV4Signer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * One signed POST to a store's proxy within the call budget: a reused HTTP/1.1 client per store
 * (rebuilt when the store's endpoint or access key changes) over one TLS context (the trust
 * store and client certificate are read once, so changing them needs a restart), SigV4 over the exact bytes sent, a
 * hard deadline on the whole exchange (connect, handshake, answer and body), a bounded answer, and
 * the call's latency and outcome recorded in the metrics.
 */
final class XksTransport {

    static final String SERVICE = "kms-xks-proxy";
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private record StoreClient(String configuration, HttpClient http) {
    }

    private final Supplier<SSLContext> tls;
    private final Duration budget;
    private final SigV4Signer signer;
    private final XksProxyMetrics metrics;
    private final Map<String, StoreClient> clients = new ConcurrentHashMap<>();
    /** Built once (a failed build is retried on the next call); shared, so TLS sessions resume across stores. */
    private volatile SSLContext context;

    /**
     * @param tls    the TLS context, asked for when a store's client is (re)built
     * @param budget the most one call may take, from the first byte sent to the last byte read
     * @param region the region name signed into the credential scope
     */
    XksTransport(Supplier<SSLContext> tls, Duration budget, String region, XksProxyMetrics metrics) {
        this.tls = tls;
        this.budget = budget;
        this.signer = new SigV4Signer(SERVICE, region);
        this.metrics = metrics;
    }

    /**
     * POSTs the body to {@code endpoint + path + suffix} and reads a 200 answer with the reader;
     * every other outcome is an {@link XksProxyException}.
     *
     * @param api    the XKS API name for messages and metrics, e.g. "GetHealthStatus"
     * @param reader checks and converts the answer; it throws a MALFORMED_RESPONSE failure to refuse it
     */
    <T> T call(XksProxyTarget target, String api, String suffix, JsonObject body, Function<JsonObject, T> reader) {
        String where = "The XKS proxy of " + target.customKeyStoreId() + " at " + target.uriEndpoint()
                + target.uriPath() + " (" + api + ")";
        long started = System.nanoTime();
        try {
            T result = read(where, send(target, suffix, body, where), reader);
            metrics.recordSuccess(target.customKeyStoreId(), api, System.nanoTime() - started);
            return result;
        } catch (XksProxyException failure) {
            metrics.recordFailure(target.customKeyStoreId(), api, System.nanoTime() - started, failure.failure());
            throw failure;
        }
    }

    /** Drops a store's client, e.g. after the store was deleted. */
    void forget(String customKeyStoreId) {
        clients.remove(customKeyStoreId);
    }

    private HttpResponse<byte[]> send(XksProxyTarget target, String suffix, JsonObject body, String where) {
        URI uri;
        HttpRequest.Builder request;
        try {
            uri = URI.create(target.uriEndpoint() + target.uriPath() + suffix);
            request = HttpRequest.newBuilder(uri);
        } catch (IllegalArgumentException e) {
            throw new XksProxyException(XksProxyFailure.NOT_REACHABLE, where + " has no valid URI");
        }
        byte[] payload = XksJson.bytes(body);
        request.timeout(budget)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
        signer.sign("POST", uri, payload, target.accessKeyId(), target.secret(), Instant.now()).forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> answer;
        try {
            answer = client(target, where).sendAsync(request.build(), info -> new BoundedBody(MAX_ANSWER_BYTES));
        } catch (IllegalArgumentException e) {
            throw new XksProxyException(XksProxyFailure.NOT_REACHABLE, where + " has no valid URI");
        }
        try {
            return answer.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw XksFailures.fromTransport(where, e, budget.toMillis());
        } catch (ExecutionException e) {
            throw XksFailures.fromTransport(where, e.getCause(), budget.toMillis());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new XksProxyException(XksProxyFailure.TIMED_OUT, where + " was interrupted while waiting", e);
        }
    }

    private static <T> T read(String where, HttpResponse<byte[]> response, Function<JsonObject, T> reader) {
        byte[] bytes = response.body();
        if (bytes == null) {
            throw new XksProxyException(XksProxyFailure.MALFORMED_RESPONSE, where + " answered more than "
                    + MAX_ANSWER_BYTES + " bytes");
        }
        JsonObject json = XksJson.parseOrNull(bytes);
        if (response.statusCode() != 200) {
            throw XksFailures.fromErrorResponse(where, response.statusCode(), json);
        }
        if (json == null) {
            throw new XksProxyException(XksProxyFailure.MALFORMED_RESPONSE, where + " answered with something "
                    + "other than a JSON object");
        }
        try {
            return reader.apply(json);
        } catch (XksProxyException problem) {
            if (problem.failure() != XksProxyFailure.MALFORMED_RESPONSE) {
                throw problem;
            }
            throw new XksProxyException(XksProxyFailure.MALFORMED_RESPONSE, where + " answered against the XKS "
                    + "proxy API: " + problem.getMessage());
        }
    }

    private SSLContext tlsContext(String where) {
        SSLContext current = context;
        if (current == null) {
            try {
                current = tls.get();
            } catch (IllegalStateException e) {
                throw new XksProxyException(XksProxyFailure.TLS, where + " cannot be called: " + e.getMessage());
            }
            context = current;
        }
        return current;
    }

    /** The store's client; a changed endpoint or access key gets a fresh one (and fresh connections). */
    private HttpClient client(XksProxyTarget target, String where) {
        String configuration = target.uriEndpoint() + "\n" + target.accessKeyId();
        StoreClient current = clients.get(target.customKeyStoreId());
        if (current != null && current.configuration().equals(configuration)) {
            return current.http();
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(tlsContext(where))
                .sslParameters(XksTls.parameters())
                .connectTimeout(budget)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
        clients.put(target.customKeyStoreId(), new StoreClient(configuration, http));
        return http;
    }
}
