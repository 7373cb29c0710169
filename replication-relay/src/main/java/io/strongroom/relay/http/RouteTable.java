package io.strongroom.relay.http;

import io.strongroom.relay.RegionNames;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Region name to region endpoint, changeable while the relay runs (a test adds a region it has
 * just started). A message for a region goes to {@code <endpoint>/replication/v1/messages}.
 */
public final class RouteTable {

    public static final String MESSAGES_PATH = "/replication/v1/messages";

    private final ConcurrentMap<String, URI> endpoints = new ConcurrentHashMap<>();

    public RouteTable(Map<String, URI> routes) {
        routes.forEach(this::put);
    }

    /** Routes {@code region} to {@code endpoint}, replacing an earlier route. */
    public void put(String region, URI endpoint) {
        endpoints.put(RegionNames.require(region), checkedEndpoint(endpoint));
    }

    /** Where a message for {@code region} is delivered; empty for a region without a route. */
    public Optional<URI> messagesUri(String region) {
        return Optional.ofNullable(endpoints.get(region)).map(endpoint -> URI.create(endpoint + MESSAGES_PATH));
    }

    /** The routes, sorted by region. */
    public Map<String, URI> snapshot() {
        return new TreeMap<>(endpoints);
    }

    /**
     * An http or https URI with a host and at most a path prefix, without the trailing slash.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static URI checkedEndpoint(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        String scheme = endpoint.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("a region endpoint must be an http or https URI: " + endpoint);
        }
        if (endpoint.getRawUserInfo() != null) {
            // Not echoed: user info may hold a password.
            throw new IllegalArgumentException("a region endpoint must not carry user info");
        }
        if (endpoint.getHost() == null || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("a region endpoint has a host and no query or fragment: " + endpoint);
        }
        String text = endpoint.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
