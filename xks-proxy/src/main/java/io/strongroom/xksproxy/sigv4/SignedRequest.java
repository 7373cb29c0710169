package io.strongroom.xksproxy.sigv4;

import java.util.List;
import java.util.Map;

/**
 * The parts of an HTTP request a SigV4 signature covers, as received.
 *
 * @param method   HTTP method
 * @param rawPath  the path exactly as sent, percent-encoding kept
 * @param rawQuery the query exactly as sent, or empty
 * @param headers  header values by lower-case name
 * @param body     the body bytes
 */
public record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                            byte[] body) {

    public List<String> header(String lowerCaseName) {
        return headers.getOrDefault(lowerCaseName, List.of());
    }
}
