package io.strongroom.relay.http;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the relay answers: a region's reply passed through, or the relay's own compact JSON error
 * {@code {"error":"<code>","message":"<text>"}}, whose text never holds message bytes.
 */
final class Replies {

    static final String UNKNOWN_REGION = "UnknownRegion";
    static final String MESSAGE_TOO_LARGE = "MessageTooLarge";
    static final String REGION_UNREACHABLE = "RegionUnreachable";
    static final String REGION_TIMEOUT = "RegionTimeout";
    static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    static final String NOT_FOUND = "NotFound";
    static final String RELAY_FAILURE = "RelayFailure";

    /** A media type the relay passes on as is; anything else becomes application/octet-stream. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+( *;[\\w .+=\"-]*)*");
    static final String OCTET_STREAM = "application/octet-stream";

    private Replies() {
    }

    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        String json = Json.createObjectBuilder().add("error", code).add("message", message).build().toString();
        send(exchange, status, Optional.of("application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, Optional<String> contentType, byte[] body) throws IOException {
        contentType.ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
        boolean empty = body.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The caller's (or region's) media type when it is a plain one, else application/octet-stream. */
    static String mediaType(String declared) {
        return declared != null && MEDIA_TYPE.matcher(declared).matches() ? declared : OCTET_STREAM;
    }
}
