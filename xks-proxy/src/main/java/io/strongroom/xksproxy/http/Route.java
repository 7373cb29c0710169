package io.strongroom.xksproxy.http;

import io.strongroom.xksproxy.XksOperation;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request path points: {@code [/<prefix>]/kms/xks/v1/health} or
 * {@code [/<prefix>]/kms/xks/v1/keys/<externalKeyId>/metadata|encrypt|decrypt}.
 */
record Route(String uriPrefix, XksOperation operation, String keyId) {

    private static final int MAX_URI_LENGTH = 256;
    private static final Pattern API = Pattern.compile(
            "(?<prefix>(/[a-zA-Z0-9_-]+)*)/kms/xks/v1/(?:(?<health>health)|keys/(?<key>[A-Za-z0-9._-]{1,128})/(?<op>metadata|encrypt|decrypt))");

    static Optional<Route> parse(String rawPath) {
        if (rawPath.length() > MAX_URI_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = API.matcher(rawPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String prefix = matcher.group("prefix");
        if (matcher.group("health") != null) {
            return Optional.of(new Route(prefix, XksOperation.HEALTH, ""));
        }
        XksOperation operation = switch (matcher.group("op")) {
            case "metadata" -> XksOperation.GET_KEY_METADATA;
            case "encrypt" -> XksOperation.ENCRYPT;
            default -> XksOperation.DECRYPT;
        };
        return Optional.of(new Route(prefix, operation, matcher.group("key")));
    }
}
