package io.strongroom.xksproxy.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The SigV4 canonical request, built from the request as received and the client's SignedHeaders. */
final class CanonicalRequest {

    private CanonicalRequest() {
    }

    static String build(SignedRequest request, List<String> signedHeaders, String payloadHash)
            throws SignatureRejectedException {
        StringBuilder canonical = new StringBuilder(512)
                .append(request.method()).append('\n')
                .append(uriEncode(request.rawPath(), false)).append('\n')
                .append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders) {
            List<String> values = request.header(name);
            if (values.isEmpty()) {
                throw new SignatureRejectedException("signed header " + name + " is missing");
            }
            canonical.append(name).append(':');
            for (int i = 0; i < values.size(); i++) {
                canonical.append(i == 0 ? "" : ",").append(values.get(i).trim().replaceAll(" +", " "));
            }
            canonical.append('\n');
        }
        return canonical.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash)
                .toString();
    }

    /**
     * Parameters sorted by encoded name, then value. The XKS API has no query; any that is sent is
     * still covered, as AWS services do.
     */
    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            pairs.add(new String[] {uriEncode(decode(name), true), uriEncode(decode(value), true)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        List<String> joined = pairs.stream().map(p -> p[0] + "=" + p[1]).toList();
        return String.join("&", joined);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * RFC 3986 encoding of everything but unreserved characters (and '/' in a path). The AWS signers
     * encode an already-encoded path once more, which this reproduces by encoding the raw path.
     */
    static String uriEncode(String value, boolean encodeSlash) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && !encodeSlash)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
