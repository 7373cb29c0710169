package io.strongroom.relay;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.strongroom.relay.http.Gate;
import io.strongroom.relay.http.RelayHandler;
import io.strongroom.relay.http.RouteTable;
import io.strongroom.relay.http.TlsContexts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * A running replication relay: regions POST signed replication messages to
 * {@code /relay/v1/{destinationRegion}} and the relay forwards each, unread, to that region's
 * {@code /replication/v1/messages}, returning the region's status and body unchanged. It exists
 * so that regions need no direct connection to each other and so that tests can put an attacker
 * on the path between them. The standalone {@code bin/replication-relay} runs one; Strongroom's
 * integration tests start one in-process:
 *
 * <pre>{@code
 * try (ReplicationRelay relay = ReplicationRelay.start(RelayConfiguration.builder()
 *         .route("us-east-1", regionA).route("eu-west-1", regionB).recordMessages(true).build())) {
 *     URI relayEndpoint = relay.endpoint();           // http://localhost:<port>
 *     relay.hostile(Tampers.flipBit(Direction.REQUEST, 100));
 *     ...
 *     assertFalse(relay.recorded().anyMatch(message -> message.contains(secret)));
 * }
 * }</pre>
 *
 * <p>{@link #route}, {@link #hostile} and {@link #honest} are thread-safe and take effect for the next message.
 */
public final class ReplicationRelay implements AutoCloseable {

    /** The java.util.logging logger of the relay's one line per exchange (level FINE) and its failures. */
    public static final String LOGGER_NAME = "io.strongroom.relay";

    private static final int QUEUED_REQUESTS = 1024;
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final RelayConfiguration configuration;
    private final RouteTable routes;
    private final Gate gate;
    private final RelayHandler handler;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;

    private ReplicationRelay(RelayConfiguration configuration, RouteTable routes, Gate gate, RelayHandler handler,
                             HttpServer server, ThreadPoolExecutor workers) {
        this.configuration = configuration;
        this.routes = routes;
        this.gate = gate;
        this.handler = handler;
        this.server = server;
        this.workers = workers;
    }

    /**
     * Binds the port and starts relaying.
     *
     * @throws IOException when the port cannot be bound or the TLS settings cannot be used
     */
    public static ReplicationRelay start(RelayConfiguration configuration) throws IOException {
        RouteTable routes = new RouteTable(configuration.routes());
        Gate gate = new Gate(configuration.recordMessages());
        InetSocketAddress address = new InetSocketAddress(configuration.bindAddress(), configuration.port());
        HttpServer server;
        RelayHandler handler;
        try {
            handler = new RelayHandler(configuration, routes, gate);
            server = configuration.serverIdentity().isPresent()
                    ? https(address, TlsContexts.server(configuration.serverIdentity().get())) : HttpServer.create(address, 128);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS with the configured identity or trust anchors", e);
        }
        ThreadPoolExecutor workers = workerPool(configuration.threads());
        server.setExecutor(workers);
        server.createContext("/", handler);
        server.start();
        return new ReplicationRelay(configuration, routes, gate, handler, server, workers);
    }

    /** The port the relay listens on (the chosen one when the configuration said 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://localhost:<port>} ({@code https} with a server identity), or the bound address when not local. */
    public URI endpoint() {
        InetAddress bound = configuration.bindAddress();
        String host = bound.isLoopbackAddress() || bound.isAnyLocalAddress() ? "localhost"
                : bound.getHostAddress().contains(":") ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        return URI.create((configuration.serverIdentity().isPresent() ? "https" : "http") + "://" + host + ":" + port());
    }

    /** Where a region POSTs a message for {@code destinationRegion}. */
    public URI messagesUri(String destinationRegion) {
        return URI.create(endpoint() + "/relay/v1/" + RegionNames.require(destinationRegion));
    }

    /** Routes {@code region} to {@code endpoint} from the next message on, replacing an earlier route. */
    public void route(String region, URI endpoint) {
        routes.put(region, endpoint);
    }

    /** The current routes, sorted by region. */
    public Map<String, URI> routes() {
        return routes.snapshot();
    }

    /** Turns the relay hostile: from the next message on, {@code tamper} decides what happens to each. */
    public void hostile(Tamper tamper) {
        gate.tamper(tamper);
    }

    /** Ends the hostile mode: messages pass unchanged again. */
    public void honest() {
        gate.tamper(Tamper.honest());
    }

    /**
     * Every message that reached the relay, requests and responses in the order they arrived, as the
     * caller or region sent it (before any tamper).
     *
     * @throws IllegalStateException when the relay was not configured to record messages
     */
    public Stream<RelayedMessage> recorded() {
        return gate.recorded();
    }

    /** Forgets what was recorded so far. */
    public void clearRecorded() {
        gate.clearRecorded();
    }

    /** The configuration the relay started with (routes added later are in {@link #routes()}). */
    public RelayConfiguration configuration() {
        return configuration;
    }

    /** Releases held messages, lets running exchanges finish for up to a second, and stops. */
    @Override
    public void close() {
        gate.releaseAll();
        try {
            handler.awaitIdle(GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // HttpServer.stop(n) on JDK 17 waits out all n seconds even when idle; the wait above is the grace period.
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpsServer https(InetSocketAddress address, SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(address, 128);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                parameters.setSSLParameters(TlsContexts.parameters(tls));
            }
        });
        return server;
    }

    /** Bounded threads and queue: beyond both, a new connection is refused rather than queued without end. */
    private static ThreadPoolExecutor workerPool(int threads) {
        AtomicInteger counter = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_REQUESTS),
                runnable -> {
                    Thread thread = new Thread(runnable, "replication-relay-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }
}
