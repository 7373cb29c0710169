package io.strongroom.xksproxy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One logical key store the proxy serves under its own URI prefix, e.g. {@code /example/uri/path/prefix}
 * serves {@code /example/uri/path/prefix/kms/xks/v1/...}; an empty prefix serves {@code /kms/xks/v1/...}.
 * Each store has its own credentials (at least one; several for rotation) and its own keys, so
 * one proxy stands in for several external key stores of one or more Strongroom regions.
 */
public record LogicalKeyStore(String uriPrefix, List<XksCredential> credentials, List<XksKey> keys) {

    /** The path every XKS API URI of a store continues with after its prefix. */
    public static final String API_PATH = "/kms/xks/v1";

    /** Empty, or {@code /} followed by [a-zA-Z0-9/_-] without a trailing slash; ≤117 characters so the UriPath fits 128. */
    private static final Pattern PREFIX = Pattern.compile("|/[a-zA-Z0-9_-]+(/[a-zA-Z0-9_-]+)*");
    private static final int MAX_PREFIX_LENGTH = 128 - API_PATH.length();

    public LogicalKeyStore {
        Objects.requireNonNull(uriPrefix, "uriPrefix");
        if (!PREFIX.matcher(uriPrefix).matches() || uriPrefix.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("uriPrefix must be empty or /segment[/segment...] of [a-zA-Z0-9_-], at most "
                    + MAX_PREFIX_LENGTH + " characters: " + uriPrefix);
        }
        credentials = List.copyOf(credentials);
        keys = List.copyOf(keys);
        if (credentials.isEmpty()) {
            throw new IllegalArgumentException("store " + uriPrefix + " needs at least one credential");
        }
        var ids = new HashSet<String>();
        for (XksKey key : keys) {
            if (!ids.add(key.keyId())) {
                throw new IllegalArgumentException("store " + uriPrefix + " declares key " + key.keyId() + " twice");
            }
        }
    }

    /** A store with the given prefix, credentials and keys, built fluently. */
    public static Builder builder(String uriPrefix) {
        return new Builder(uriPrefix);
    }

    /** What Strongroom's CreateCustomKeyStore takes as XksProxyUriPath: the prefix and {@code /kms/xks/v1}. */
    public String uriPath() {
        return uriPrefix + API_PATH;
    }

    /** Builds a {@link LogicalKeyStore}. */
    public static final class Builder {
        private final String uriPrefix;
        private final List<XksCredential> credentials = new ArrayList<>();
        private final List<XksKey> keys = new ArrayList<>();

        private Builder(String uriPrefix) {
            this.uriPrefix = uriPrefix;
        }

        public Builder credential(XksCredential credential) {
            credentials.add(Objects.requireNonNull(credential));
            return this;
        }

        public Builder key(XksKey key) {
            keys.add(Objects.requireNonNull(key));
            return this;
        }

        public LogicalKeyStore build() {
            return new LogicalKeyStore(uriPrefix, credentials, keys);
        }
    }
}
