package io.strongroom.application.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the SigV4 canonical request from a received request. Kept apart from the verifier because
 * it is the part most sensitive to the details of the AWS specification (encoding, whitespace,
 * ordering) and is tested against the published canonical requests directly.
 */
final class CanonicalRequest {

    private CanonicalRequest() {
    }

    /**
     * @param signedHeaders lower-case, sorted header names named by the Authorization header
     * @param payloadHash   hex SHA-256 of the body
     */
    static String of(SignedRequest request, List<String> signedHeaders, String payloadHash) {
        StringBuilder canonical = new StringBuilder(256)
                .append(request.method()).append('\n')
                .append(canonicalUri(request.path())).append('\n')
                .append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders) {
            canonical.append(name).append(':').append(canonicalHeaderValue(request.headerValues(name))).append('\n');
        }
        return canonical.append('\n')
                .append(String.join(";", signedHeaders)).append('\n')
                .append(payloadHash)
                .toString();
    }

    /**
     * The path as sent is already encoded once by the client; services other than S3 sign the
     * path encoded a second time, so the received path is encoded once more, keeping '/'.
     */
    static String canonicalUri(String rawPath) {
        return rawPath.isEmpty() ? "/" : uriEncode(rawPath, false);
    }

    /** Parameters decoded, re-encoded the SigV4 way and sorted by name, then value. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(Map.entry(uriEncode(percentDecode(name), true), uriEncode(percentDecode(value), true)));
        }
        parameters.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(parameter.getKey()).append('=').append(parameter.getValue());
        }
        return query.toString();
    }

    /** Repeated headers join with ','; each value trimmed and its runs of spaces collapsed. */
    static String canonicalHeaderValue(List<String> values) {
        List<String> normalized = new ArrayList<>(values.size());
        for (String value : values) {
            normalized.add(value == null ? "" : value.trim().replaceAll(" {2,}", " "));
        }
        return String.join(",", normalized);
    }

    /** RFC 3986 encoding as SigV4 defines it: unreserved characters stay, every other byte is %XX. */
    static String uriEncode(String text, boolean encodeSlash) {
        StringBuilder encoded = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && !encodeSlash)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** Decodes %XX sequences only ('+' stays '+'); a malformed sequence is kept literally. */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) << 4 | hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }
}
