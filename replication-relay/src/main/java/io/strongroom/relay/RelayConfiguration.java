package io.strongroom.relay;

import io.strongroom.relay.http.RouteTable;
import java.net.InetAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a relay needs to start, built in code ({@link #builder()}) or read from the
 * standalone command's JSON file. Immutable; routes added while the relay runs go through
 * {@link ReplicationRelay#route}.
 *
 * @param bindAddress        the address to listen on (loopback unless set)
 * @param port               the TCP port; 0 picks a free one, {@link ReplicationRelay#port()} tells which
 * @param routes             region name to the region's endpoint (http or https, optionally a path prefix)
 * @param maxMessageBytes    the largest request or response body the relay carries; larger requests get 413
 * @param threads            request worker threads (a bounded pool; a held message occupies one)
 * @param connectTimeout     how long the relay tries to connect to a region
 * @param requestTimeout     how long the relay waits for a region's answer
 * @param serverIdentity     when present, the relay serves HTTPS with this key and chain
 * @param regionTrustAnchors the only CAs trusted for https regions; empty: the JDK's default trust store
 * @param recordMessages     keep every message that crosses the relay, for tests ({@link ReplicationRelay#recorded()});
 *                           the standalone relay never does
 */
public record RelayConfiguration(InetAddress bindAddress, int port, Map<String, URI> routes, int maxMessageBytes,
                                 int threads, Duration connectTimeout, Duration requestTimeout,
                                 Optional<ServerIdentity> serverIdentity, List<X509Certificate> regionTrustAnchors,
                                 boolean recordMessages) {

    public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;

    public RelayConfiguration {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(serverIdentity, "serverIdentity");
        routes = Collections.unmodifiableMap(new RouteTable(routes).snapshot());
        regionTrustAnchors = List.copyOf(regionTrustAnchors);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("maxMessageBytes must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** Builds a {@link RelayConfiguration}; every setting has a default, and routes can also be added later. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private final Map<String, URI> routes = new LinkedHashMap<>();
        private int maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES;
        private int threads = 16;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private ServerIdentity serverIdentity;
        private final List<X509Certificate> regionTrustAnchors = new ArrayList<>();
        private boolean recordMessages;

        private Builder() {
        }

        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int tcpPort) {
            this.port = tcpPort;
            return this;
        }

        /** Routes {@code region} to {@code endpoint}; both are checked here, so a mistake names its route. */
        public Builder route(String region, URI endpoint) {
            routes.put(RegionNames.require(region), RouteTable.checkedEndpoint(endpoint));
            return this;
        }

        public Builder maxMessageBytes(int bytes) {
            this.maxMessageBytes = bytes;
            return this;
        }

        public Builder threads(int workerThreads) {
            this.threads = workerThreads;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** Serves HTTPS (TLS 1.3 and 1.2) with this identity instead of HTTP. */
        public Builder serverIdentity(ServerIdentity identity) {
            this.serverIdentity = identity;
            return this;
        }

        /** Trusts {@code anchor} for https regions; once one is given, the JDK's default CAs are no longer trusted. */
        public Builder regionTrustAnchor(X509Certificate anchor) {
            regionTrustAnchors.add(Objects.requireNonNull(anchor));
            return this;
        }

        public Builder recordMessages(boolean record) {
            this.recordMessages = record;
            return this;
        }

        public RelayConfiguration build() {
            return new RelayConfiguration(bindAddress, port, routes, maxMessageBytes, threads, connectTimeout,
                    requestTimeout, Optional.ofNullable(serverIdentity), regionTrustAnchors, recordMessages);
        }
    }
}
