package io.strongroom.xksproxy.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.strongroom.xksproxy.ObservedRequest;
import io.strongroom.xksproxy.XksOperation;
import io.strongroom.xksproxy.sigv4.SigV4Verifier;
import io.strongroom.xksproxy.sigv4.SignatureRejectedException;
import io.strongroom.xksproxy.sigv4.SignedRequest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves every request of the proxy, in the order the conformance client expects: route (unknown
 * path or prefix: 404 InvalidUriPathException), method (only POST: 405), SigV4 (401), body and
 * requestMetadata (400 ValidationException), then the operation. {@code GET /ping} answers
 * {@code pong} without authentication, as the AWS sample proxy does.
 */
public final class XksRequestHandler implements HttpHandler {

    /** Requests that every answer goes to, one line each, at FINE. */
    public static final Logger ACCESS_LOG = Logger.getLogger("io.strongroom.xksproxy.access");
    private static final Logger LOG = Logger.getLogger(XksRequestHandler.class.getName());
    private static final int MAX_BODY_BYTES = 256 * 1024;

    private final ProxyState state;
    private final SigV4Verifier verifier;
    private final KeyOperations keys;

    public XksRequestHandler(ProxyState state) {
        this.state = state;
        this.verifier = new SigV4Verifier(state.configuration().region(), Clock.systemUTC());
        this.keys = new KeyOperations(state.vault());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long started = System.nanoTime();
            Incoming incoming = Incoming.read(exchange, MAX_BODY_BYTES);
            Reply reply = answer(incoming);
            delay(state.responseDelay());
            state.notifyObservers(incoming.observed(reply));
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            if (reply.status() == 405) {
                exchange.getResponseHeaders().set("Allow", "POST");
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            exchange.getResponseBody().write(reply.body());
            ACCESS_LOG.fine(() -> incoming.method + " " + incoming.path + " " + reply.status()
                    + reply.errorName().map(name -> " " + name).orElse("")
                    + " " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        }
    }

    private Reply answer(Incoming incoming) {
        try {
            return serve(incoming);
        } catch (XksException e) {
            return Reply.error(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request to " + incoming.path + " failed", e);
            return Reply.error(new XksException(XksErrorName.InternalException, "the proxy failed to serve the request"));
        }
    }

    private Reply serve(Incoming incoming) {
        if (incoming.path.equals("/ping")) {
            if (!incoming.method.equals("GET")) {
                throw new XksException(XksErrorName.UnsupportedOperationException, 405, "/ping answers GET only");
            }
            return new Reply(200, "pong".getBytes(StandardCharsets.US_ASCII), "text/plain", Optional.empty());
        }
        Route route = Route.parse(incoming.path).orElseThrow(() -> new XksException(XksErrorName.InvalidUriPathException,
                "no XKS API at " + incoming.path));
        StoreState store = state.findStore(route.uriPrefix()).orElseThrow(() -> new XksException(
                XksErrorName.InvalidUriPathException, "no external key store has the prefix " + route.uriPrefix()));
        incoming.route = route;
        if (!incoming.method.equals("POST")) {
            throw new XksException(XksErrorName.UnsupportedOperationException, 405,
                    incoming.method + " is not allowed; the XKS API takes POST");
        }
        if (incoming.bodyTooLarge) {
            throw XksException.validation("the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        try {
            verifier.verify(incoming.signed(), store::secretFor);
        } catch (SignatureRejectedException e) {
            throw new XksException(XksErrorName.AuthenticationFailedException, e.getMessage());
        }
        JsonObject body = JsonBodies.parseObject(incoming.body)
                .orElseThrow(() -> XksException.validation("the body is not a JSON object"));
        RequestMetadataRules.check(route.operation(), body);
        JsonObject answer = switch (route.operation()) {
            case HEALTH -> HealthReport.of(state);
            case GET_KEY_METADATA -> keys.metadata(store, route.keyId());
            case ENCRYPT -> keys.encrypt(store, route.keyId(), body);
            case DECRYPT -> keys.decrypt(store, route.keyId(), body);
            case UNKNOWN -> throw new IllegalStateException("a parsed route names an API");
        };
        return new Reply(200, JsonBodies.write(answer), "application/json", Optional.empty());
    }

    private static void delay(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the proxy answers. */
    record Reply(int status, byte[] body, String contentType, Optional<String> errorName) {
        static Reply error(XksException e) {
            return new Reply(e.status(), JsonBodies.error(e.errorName(), e.getMessage()), "application/json",
                    Optional.of(e.errorName().name()));
        }
    }

    /** The request as read off the wire, and its route once known. */
    private static final class Incoming {
        final String method;
        final String path;
        final String query;
        final Map<String, List<String>> headers;
        final byte[] body;
        final boolean bodyTooLarge;
        Route route;

        private Incoming(HttpExchange exchange, byte[] body, boolean bodyTooLarge) {
            this.method = exchange.getRequestMethod();
            this.path = Optional.ofNullable(exchange.getRequestURI().getRawPath()).orElse("");
            this.query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            Map<String, List<String>> lowerCase = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    lowerCase.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> {
                        var merged = new java.util.ArrayList<>(a);
                        merged.addAll(b);
                        return List.copyOf(merged);
                    }));
            this.headers = Map.copyOf(lowerCase);
            this.body = body;
            this.bodyTooLarge = bodyTooLarge;
        }

        static Incoming read(HttpExchange exchange, int maxBody) throws IOException {
            byte[] body = exchange.getRequestBody().readNBytes(maxBody + 1);
            boolean tooLarge = body.length > maxBody;
            return new Incoming(exchange, tooLarge ? new byte[0] : body, tooLarge);
        }

        SignedRequest signed() {
            return new SignedRequest(method, path, query, headers, body);
        }

        ObservedRequest observed(Reply reply) {
            Optional<JsonObject> json = JsonBodies.parseObject(body);
            XksOperation operation = route == null ? XksOperation.UNKNOWN : route.operation();
            return new ObservedRequest(method, path, route == null ? "" : route.uriPrefix(), operation,
                    route == null ? "" : route.keyId(), headers, body.clone(), json,
                    json.flatMap(j -> operation == XksOperation.ENCRYPT ? JsonBodies.base64Quietly(j, "plaintext")
                            : Optional.empty()),
                    json.flatMap(j -> JsonBodies.base64Quietly(j, "additionalAuthenticatedData")),
                    reply.status(), reply.errorName());
        }
    }
}
