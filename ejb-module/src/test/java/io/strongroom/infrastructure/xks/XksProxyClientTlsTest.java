package io.strongroom.infrastructure.xks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.xksproxy.EkmHealthStatus;
import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.XksProxyConfiguration;
import io.strongroom.xksproxy.XksProxyServer;
import io.strongroom.xksproxy.pki.CertificateAuthority;
import io.strongroom.xksproxy.pki.IssuedCertificate;
import io.strongroom.xksproxy.pki.Pem;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against the project's own XKS proxy over real TLS on loopback: round trips, every
 * certificate problem (untrusted issuer, expired, wrong host name), mTLS, suites outside the four
 * allowed, and the proxy's own refusals (wrong credential, wrong path, unknown or disabled key,
 * AAD mismatch, every EKM unavailable, answering too slowly).
 */
class XksProxyClientTlsTest {

    static final String PREFIX = "/example/uri/path/prefix";
    static final String STORE = "cks-00000000000000001";
    static final XksRequestMetadata HEALTH = new XksRequestMetadata(null, null, "ConnectCustomKeyStore", "req-h");
    static final XksRequestMetadata CRYPTO = new XksRequestMetadata("arn:aws:iam::111122223333:user/alice",
            "arn:aws:kms:us-east-1:111122223333:key/0b5f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "Encrypt", "req-c");

    @TempDir
    static Path files;
    static CertificateAuthority ca;
    static Path trustedCa;

    private final XksCredential credential = XksCredential.generate();
    private final XksProxyMetrics metrics = new XksProxyMetrics();
    private final List<XksProxyServer> proxies = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void pki() throws IOException {
        ca = CertificateAuthority.create("Strongroom test CA");
        trustedCa = files.resolve("ca.pem");
        Pem.writeCertificates(trustedCa, List.of(ca.certificate()));
    }

    @AfterEach
    void stopProxies() {
        proxies.forEach(XksProxyServer::close);
    }

    @Test
    void roundTripsOverTls() throws Exception {
        XksProxyServer proxy = start(ca.issueLocalhostServerCertificate(), Optional.empty());
        XksProxyClient client = client(Optional.empty());
        XksProxyTarget target = target(proxy, credential);

        assertEquals(List.of(EkmHealthStatus.ACTIVE.name()),
                client.health(target, HEALTH).ekmFleetDetails().stream().map(XksHealthReport.EkmStatus::healthStatus).toList());
        assertTrue(client.keyMetadata(target, "foo", CRYPTO).usableForNewKey());
        byte[] inner = "ciphertext made by Strongroom's own key".getBytes(StandardCharsets.UTF_8);
        byte[] aad = "aad".getBytes(StandardCharsets.UTF_8);
        XksCiphertext sealed = client.encrypt(target, "foo", CRYPTO, inner, aad);
        assertArrayEquals(inner, client.decrypt(target, "foo", CRYPTO, sealed, aad));

        XksProxyException wrongAad = assertThrows(XksProxyException.class,
                () -> client.decrypt(target, "foo", CRYPTO, sealed, "other".getBytes(StandardCharsets.UTF_8)));
        assertEquals(XksProxyFailure.INVALID_CIPHERTEXT, wrongAad.failure());
        assertEquals(5, metrics.figures(STORE).calls());
    }

    @Test
    void theProxysRefusalsMapToTheirFailures() throws Exception {
        XksProxyServer proxy = start(ca.issueLocalhostServerCertificate(), Optional.empty());
        XksProxyClient client = client(Optional.empty());
        XksProxyTarget target = target(proxy, credential);

        assertFailure(XksProxyFailure.AUTHENTICATION_FAILED, "INVALID_CREDENTIALS",
                () -> client.health(target(proxy, XksCredential.generate()), HEALTH));
        XksProxyTarget wrongPath = new XksProxyTarget(STORE, proxy.endpoint().toString(), "/wrong/prefix/kms/xks/v1",
                credential.accessKeyId(), secret(credential));
        assertFailure(XksProxyFailure.INVALID_URI_PATH, "XKS_PROXY_INVALID_CONFIGURATION", () -> client.health(wrongPath, HEALTH));
        assertFailure(XksProxyFailure.KEY_NOT_FOUND, "XKS_PROXY_INVALID_RESPONSE",
                () -> client.keyMetadata(target, "no-such-key", CRYPTO));
        assertFailure(XksProxyFailure.INVALID_STATE, "XKS_PROXY_INVALID_RESPONSE",
                () -> client.encrypt(target, "off", CRYPTO, new byte[32], null));
        assertFailure(XksProxyFailure.INVALID_KEY_USAGE, "XKS_PROXY_INVALID_RESPONSE",
                () -> client.encrypt(target, "decrypt-only", CRYPTO, new byte[32], null));
        proxy.setEkmHealth(EkmHealthStatus.UNAVAILABLE);
        assertFailure(XksProxyFailure.ALL_EKMS_UNAVAILABLE, "XKS_PROXY_NOT_REACHABLE", () -> client.health(target, HEALTH));
        proxy.setEkmHealth(EkmHealthStatus.DEGRADED);
        assertTrue(client.health(target, HEALTH).degraded());
        proxy.setEkmHealth(null);
        proxy.setResponseDelay(Duration.ofMillis(1500));
        assertFailure(XksProxyFailure.TIMED_OUT, "XKS_PROXY_TIMED_OUT",
                () -> client(Optional.empty(), Duration.ofMillis(300)).health(target, HEALTH));
    }

    @Test
    void certificateProblemsAreTlsFailures() throws Exception {
        Instant now = Instant.now();
        IssuedCertificate expired = ca.issueServerCertificate(List.of("localhost"), List.of("127.0.0.1"),
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
        IssuedCertificate otherHost = ca.issueServerCertificate(List.of("xks.example.com"), List.of(),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
        IssuedCertificate untrusted = CertificateAuthority.create("Unknown CA").issueLocalhostServerCertificate();
        XksProxyClient client = client(Optional.empty());

        for (IssuedCertificate identity : List.of(expired, otherHost, untrusted)) {
            XksProxyServer proxy = start(identity, Optional.empty());
            XksProxyException failure = assertFailure(XksProxyFailure.TLS, "XKS_PROXY_INVALID_TLS_CONFIGURATION",
                    () -> client.health(target(proxy, credential), HEALTH));
            assertTrue(failure.getMessage().contains("failed the TLS handshake"), failure.getMessage());
        }
    }

    @Test
    void mutualTlsNeedsTheConfiguredClientCertificate() throws Exception {
        CertificateAuthority clientCa = CertificateAuthority.create("Client CA");
        XksProxyServer proxy = start(ca.issueLocalhostServerCertificate(), Optional.of(clientCa));

        XksProxyException refused = assertThrows(XksProxyException.class,
                () -> client(Optional.empty()).health(target(proxy, credential), HEALTH));
        // With TLS 1.3 the server refuses the missing certificate after the client's side of the
        // handshake is done, so the client often sees only the connection closing.
        assertTrue(refused.failure() == XksProxyFailure.TLS || refused.failure() == XksProxyFailure.NOT_REACHABLE,
                refused.failure() + ": " + refused.getMessage());

        IssuedCertificate clientIdentity = clientCa.issueClientCertificate("cks.kms.us-east-1.amazonaws.com");
        Path chain = files.resolve("client-chain.pem");
        Path key = files.resolve("client-key.pem");
        clientIdentity.write(chain, key);
        assertEquals(1, client(Optional.of(new Path[] {chain, key})).health(target(proxy, credential), HEALTH)
                .ekmFleetDetails().size());
    }

    @Test
    void aServerOfferingOnlyOtherSuitesIsRefused() throws Exception {
        IssuedCertificate identity = ca.issueLocalhostServerCertificate();
        javax.net.ssl.SSLContext server = io.strongroom.xksproxy.pki.TlsContexts.server(identity, Optional.empty());
        SSLServerSocketFactory factory = server.getServerSocketFactory();
        try (SSLServerSocket socket = (SSLServerSocket) factory.createServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.3"});
            socket.setEnabledCipherSuites(new String[] {"TLS_AES_128_GCM_SHA256"});
            Thread acceptor = new Thread(() -> {
                try (var connection = socket.accept()) {
                    connection.getInputStream().read();
                } catch (IOException expected) {
                    // the handshake fails on the server side too
                }
            });
            acceptor.start();
            XksProxyTarget target = new XksProxyTarget(STORE, "https://localhost:" + socket.getLocalPort(),
                    PREFIX + "/kms/xks/v1", credential.accessKeyId(), secret(credential));
            assertFailure(XksProxyFailure.TLS, "XKS_PROXY_INVALID_TLS_CONFIGURATION",
                    () -> client(Optional.empty()).health(target, HEALTH));
            acceptor.join(5000);
        }
    }

    @Test
    void aMissingTrustStoreFileFailsEveryCallAsTls() {
        XksProxyClient client = new XksProxyClient(new XksTransport(() -> XksTls.context(
                Optional.of(files.resolve("missing.pem")), Optional.empty(), Optional.empty()),
                Duration.ofSeconds(5), "us-east-1", metrics));
        XksProxyTarget target = new XksProxyTarget(STORE, "https://localhost:1", PREFIX + "/kms/xks/v1",
                credential.accessKeyId(), secret(credential));
        XksProxyException failure = assertFailure(XksProxyFailure.TLS, "XKS_PROXY_INVALID_TLS_CONFIGURATION",
                () -> client.health(target, HEALTH));
        assertFalse(failure.getMessage().contains(credential.secretAccessKey()));
    }

    private XksProxyServer start(IssuedCertificate identity, Optional<CertificateAuthority> clientCa) throws IOException {
        XksProxyConfiguration.Builder configuration = XksProxyConfiguration.builder()
                .serverIdentity(identity)
                .store(LogicalKeyStore.builder(PREFIX).credential(credential)
                        .key(XksKey.encryptDecrypt("foo")).key(XksKey.disabled("off"))
                        .key(XksKey.decryptOnly("decrypt-only")).build());
        clientCa.ifPresent(authority -> configuration.clientCertificateAuthority(authority.certificate()));
        XksProxyServer proxy = XksProxyServer.start(configuration.build());
        proxies.add(proxy);
        return proxy;
    }

    private XksProxyClient client(Optional<Path[]> clientIdentity) {
        return client(clientIdentity, Duration.ofSeconds(5));
    }

    private XksProxyClient client(Optional<Path[]> clientIdentity, Duration budget) {
        return new XksProxyClient(new XksTransport(() -> XksTls.context(Optional.of(trustedCa),
                clientIdentity.map(paths -> paths[0]), clientIdentity.map(paths -> paths[1])), budget, "us-east-1",
                metrics));
    }

    private static XksProxyTarget target(XksProxyServer proxy, XksCredential credential) {
        return new XksProxyTarget(STORE, proxy.endpoint().toString(), PREFIX + "/kms/xks/v1", credential.accessKeyId(),
                secret(credential));
    }

    private static byte[] secret(XksCredential credential) {
        return credential.secretAccessKey().getBytes(StandardCharsets.US_ASCII);
    }

    private static XksProxyException assertFailure(XksProxyFailure expected, String connectionErrorCode,
                                                   org.junit.jupiter.api.function.Executable call) {
        XksProxyException failure = assertThrows(XksProxyException.class, call);
        assertEquals(expected, failure.failure(), failure.getMessage());
        assertEquals(connectionErrorCode, failure.connectionErrorCode());
        return failure;
    }
}
