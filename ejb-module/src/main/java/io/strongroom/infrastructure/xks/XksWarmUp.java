package io.strongroom.infrastructure.xks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes a node's first real proxy call fit its budget. A fresh JVM spends 300–600 ms on its first
 * HTTPS call (loading and initializing the HTTP client, TLS and JSON code; measured on a 2-core
 * machine), far over the 250 ms a proxy call may take, so a store's first health check would
 * fail as XKS_PROXY_TIMED_OUT. At start, a few loopback calls through the same client code pay
 * that cost: a throwaway self-signed certificate, trusted by nothing else, and a small HTTPS
 * responder that answers GetHealthStatus on one connection.
 */
public final class XksWarmUp {

    private static final Logger LOG = Logger.getLogger(XksWarmUp.class.getName());
    private static final int CALLS = 3;
    private static final String HEALTH = "{\"xksProxyFleetSize\":1,\"xksProxyVendor\":\"warm-up\",\"xksProxyModel\":\"loopback\","
            + "\"ekmVendor\":\"none\",\"ekmFleetDetails\":[{\"id\":\"warm-up\",\"model\":\"none\",\"healthStatus\":\"ACTIVE\"}]}";

    private XksWarmUp() {
    }

    /** Runs the loopback calls; returns how long the first one took. Never throws. */
    public static Duration run(String region) {
        try {
            KeyPair pair = keyPair();
            X509Certificate certificate = selfSigned(pair);
            try (SSLServerSocket server = (SSLServerSocket) serverContext(pair, certificate).getServerSocketFactory()
                    .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                server.setEnabledProtocols(XksTls.PROTOCOLS.clone());
                server.setEnabledCipherSuites(XksTls.CIPHER_SUITES.clone());
                Thread responder = new Thread(() -> answer(server), "xks-warm-up");
                responder.setDaemon(true);
                responder.start();
                XksProxyClient client = new XksProxyClient(new XksTransport(() -> clientContext(certificate),
                        Duration.ofSeconds(10), region, new XksProxyMetrics()));
                XksProxyTarget target = new XksProxyTarget("warm-up", "https://localhost:" + server.getLocalPort(),
                        "/kms/xks/v1", "WARMUPWARMUPWARMUPWA", "warm-up".getBytes(StandardCharsets.US_ASCII));
                Duration first = null;
                for (int i = 0; i < CALLS; i++) {
                    long started = System.nanoTime();
                    client.health(target, new XksRequestMetadata(null, null, "WarmUp", "warm-up-" + i));
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    first = first == null ? took : first;
                    LOG.fine(() -> "XKS warm-up call took " + took.toMillis() + " ms");
                }
                Duration firstCall = first;
                LOG.info(() -> "XKS proxy client warmed up; the first loopback HTTPS call took " + firstCall.toMillis() + " ms");
                return first;
            }
        } catch (RuntimeException | IOException | GeneralSecurityException e) {
            LOG.warning(() -> "XKS proxy client warm-up failed (" + e + "); the first proxy call may exceed its budget");
            return Duration.ZERO;
        }
    }

    /** Answers every request of one keep-alive connection with a healthy report. */
    private static void answer(SSLServerSocket server) {
        try (Socket connection = server.accept()) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            byte[] body = HEALTH.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < CALLS; i++) {
                int length = contentLength(readHeaders(in));
                in.readNBytes(length);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException e) {
            LOG.fine(() -> "XKS warm-up responder stopped: " + e);
        }
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            headers.write(b);
            boolean expected = b == (matched % 2 == 0 ? '\r' : '\n');
            matched = expected ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return headers.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException {
        try {
            X500Principal name = new X500Principal("CN=localhost");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofHours(1))), name,
                    pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException("cannot make the warm-up certificate", e);
        }
    }

    private static SSLContext serverContext(KeyPair pair, X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("warm-up", pair.getPrivate(), new char[0], new X509Certificate[] {certificate});
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, new char[0]);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static SSLContext clientContext(X509Certificate certificate) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            anchors.setCertificateEntry("warm-up", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the warm-up trust", e);
        }
    }
}
