package io.strongroom.application.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request exactly as it arrived, reduced to what a SigV4 signature covers. It exists so
 * that the verifier needs no servlet or JAX-RS types: the interface layer copies the request in,
 * the application layer checks it.
 */
public final class SignedRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * @param method   HTTP method, e.g. POST
     * @param path     the request path as sent (still percent-encoded), e.g. "/"
     * @param rawQuery the query string as sent without '?', or null
     * @param headers  header name to its values in arrival order; names are matched case-insensitively
     * @param body     the raw body bytes (empty array when there is none)
     */
    public SignedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.path = path == null || path.isEmpty() ? "/" : path;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) ->
                copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        copy.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? new byte[0] : body;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    /** All values of a header in arrival order; empty when absent. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** The first value of a header, when present. */
    public Optional<String> header(String name) {
        List<String> values = headerValues(name);
        return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** The body; callers must not modify the returned array. */
    public byte[] body() {
        return body;
    }
}
