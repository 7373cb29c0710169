package io.strongroom.xksproxy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.strongroom.xksproxy.http.ProxyState;
import io.strongroom.xksproxy.http.XksRequestHandler;
import io.strongroom.xksproxy.keys.KeyVault;
import io.strongroom.xksproxy.pki.TlsContexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * A running XKS proxy (XKS proxy API v1, KMS-SPEC §5.1) on the JDK's HTTPS server: the standalone
 * {@code bin/xks-proxy} runs one, and Strongroom's integration tests and benchmark start one
 * in-process:
 *
 * <pre>{@code
 * CertificateAuthority ca = CertificateAuthority.create("Test CA");
 * XksCredential credential = XksCredential.generate();
 * try (XksProxyServer proxy = XksProxyServer.start(XksProxyConfiguration.builder()
 *         .serverIdentity(ca.issueLocalhostServerCertificate())
 *         .store(LogicalKeyStore.builder("/example/uri/path/prefix")
 *                 .credential(credential).key(XksKey.encryptDecrypt("foo")).build())
 *         .build())) {
 *     URI endpoint = proxy.endpoint();          // https://localhost:<port>
 *     ...
 * }
 * }</pre>
 *
 * <p>The runtime controls ({@link #setResponseDelay}, {@link #setEkmHealth}, {@link #setKeyStatus},
 * {@link #addCredential}, {@link #removeCredential}, {@link #addKey}) let a test produce every
 * failure a real external key manager can, and {@link #addRequestObserver} shows it every request.
 * All are thread-safe and take effect for the next request.
 */
public final class XksProxyServer implements AutoCloseable {

    private static final int QUEUED_REQUESTS = 1024;

    private final XksProxyConfiguration configuration;
    private final ProxyState state;
    private final HttpsServer server;
    private final ThreadPoolExecutor workers;

    private XksProxyServer(XksProxyConfiguration configuration, ProxyState state, HttpsServer server,
                           ThreadPoolExecutor workers) {
        this.configuration = configuration;
        this.state = state;
        this.server = server;
        this.workers = workers;
    }

    /**
     * Opens the key vault (creating missing key material), binds the port and starts serving.
     *
     * @throws IOException when the port cannot be bound or the keystore cannot be read or written
     */
    public static XksProxyServer start(XksProxyConfiguration configuration) throws IOException {
        ProxyState state = new ProxyState(configuration, openVault(configuration));
        SSLContext tls;
        try {
            tls = TlsContexts.server(configuration.serverIdentity(), configuration.clientCertificateAuthority());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS with the configured server identity", e);
        }
        HttpsServer server = HttpsServer.create(new InetSocketAddress(configuration.bindAddress(), configuration.port()), 128);
        boolean mutualTls = configuration.mutualTls();
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                parameters.setSSLParameters(TlsContexts.parameters(mutualTls));
            }
        });
        ThreadPoolExecutor workers = workerPool(configuration.threads());
        server.setExecutor(workers);
        server.createContext("/", new XksRequestHandler(state));
        server.start();
        return new XksProxyServer(configuration, state, server, workers);
    }

    /** The port the proxy listens on (the chosen one when the configuration said 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code https://localhost:<port>}: what Strongroom's XksProxyUriEndpoint names for this proxy. */
    public URI endpoint() {
        return URI.create("https://localhost:" + port());
    }

    /** The configuration the proxy started with (runtime changes are not reflected here). */
    public XksProxyConfiguration configuration() {
        return configuration;
    }

    /** Delays every answer by {@code delay} (zero: none), e.g. beyond the 250 ms KMS allows a call. */
    public void setResponseDelay(Duration delay) {
        state.setResponseDelay(delay);
    }

    /**
     * Makes the health API report {@code status} for every EKM of the fleet; {@code null} restores the
     * configured statuses. It changes what health reports, nothing else: keys keep working.
     */
    public void setEkmHealth(EkmHealthStatus status) {
        state.setEkmHealth(status);
    }

    /**
     * Enables or disables a key in the external key manager: a disabled key reports DISABLED in its
     * metadata and refuses encrypt and decrypt with InvalidStateException.
     *
     * @throws IllegalArgumentException for an unknown prefix or key
     */
    public void setKeyStatus(String uriPrefix, String keyId, boolean enabled) {
        state.store(uriPrefix).setEnabled(keyId, enabled);
    }

    /** Adds a key (fresh material, saved to the keystore file when there is one) to a running store. */
    public void addKey(String uriPrefix, XksKey key) {
        state.addKey(uriPrefix, key);
    }

    /** Accepts one more credential for a store, e.g. the new one during a rotation. */
    public void addCredential(String uriPrefix, XksCredential credential) {
        state.store(uriPrefix).addCredential(credential);
    }

    /** Stops accepting a credential, e.g. the old one after a rotation. */
    public void removeCredential(String uriPrefix, String accessKeyId) {
        state.store(uriPrefix).removeCredential(accessKeyId);
    }

    /** Shows every request, decoded, to {@code observer} (see {@link ObservedRequest} for when). */
    public void addRequestObserver(Consumer<ObservedRequest> observer) {
        state.addObserver(observer);
    }

    public void removeRequestObserver(Consumer<ObservedRequest> observer) {
        state.removeObserver(observer);
    }

    /** Stops accepting connections, lets running requests finish for up to a second, and stops the workers. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The configured keystore (or a memory-only one) holding material for every configured key. */
    private static KeyVault openVault(XksProxyConfiguration configuration) throws IOException {
        try {
            KeyVault vault = configuration.keystore()
                    .map(location -> KeyVault.open(location.file(), location.password()))
                    .orElseGet(KeyVault::inMemory);
            configuration.stores().forEach(store -> store.keys().forEach(key -> vault.ensure(store.uriPrefix(), key.keyId())));
            vault.save();
            return vault;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Bounded threads and queue; when both are full the accepting thread serves the request itself, slowing intake. */
    private static ThreadPoolExecutor workerPool(int threads) {
        AtomicInteger counter = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_REQUESTS),
                runnable -> {
                    Thread thread = new Thread(runnable, "xks-proxy-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
