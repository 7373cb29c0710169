package io.strongroom.xksproxy.http;

import static io.strongroom.xksproxy.http.XksAssertions.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.strongroom.xksproxy.Curl;
import io.strongroom.xksproxy.ProxyFixture;
import io.strongroom.xksproxy.SignedCaller;
import io.strongroom.xksproxy.XksBodies;
import io.strongroom.xksproxy.pki.TlsContexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The proxy speaks TLS 1.3 and 1.2 with exactly the four suites the XKS specification allows. */
class TlsTest {

    @RegisterExtension
    static final ProxyFixture proxy = new ProxyFixture();

    private static SSLSession handshake(String protocol, String suite) throws Exception {
        SSLContext context = TlsContexts.client(proxy.ca.certificate(), Optional.empty());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", proxy.server.port())) {
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            return socket.getSession();
        }
    }

    @Test
    void theAllowedSuitesAreServed() throws Exception {
        for (String suite : List.of("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256")) {
            SSLSession session = handshake("TLSv1.3", suite);
            assertEquals(suite, session.getCipherSuite());
            assertEquals("TLSv1.3", session.getProtocol());
        }
        // The server key is EC, so of the two TLS 1.2 suites the ECDSA one applies.
        SSLSession tls12 = handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
        assertEquals("TLSv1.2", tls12.getProtocol());
    }

    @Test
    void otherSuitesAreRefused() {
        assertThrows(IOException.class, () -> handshake("TLSv1.3", "TLS_AES_128_GCM_SHA256"));
        assertThrows(IOException.class, () -> handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"));
        assertThrows(IOException.class, () -> handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"));
    }

    /**
     * The JDK refuses to offer TLS 1.1 itself, so OpenSSL offers it (security level 0 allows it):
     * the server establishes no session, while the same command with TLS 1.2 does.
     */
    @Test
    void tls11IsRefusedByTheServer() throws Exception {
        assumeTrue(new ProcessBuilder("openssl", "version").start().waitFor() == 0, "openssl is not installed");
        String tls11 = openssl("-tls1_1");
        assertTrue(tls11.contains("Protocol  : TLSv1.1") && tls11.contains("Cipher is (NONE)"), tls11);
        assertTrue(tls11.matches("(?s).*written [1-9][0-9]* bytes.*"), "OpenSSL sent no ClientHello: " + tls11);
        String tls12 = openssl("-tls1_2");
        assertTrue(tls12.contains("Cipher is ECDHE-ECDSA-AES256-GCM-SHA384"), tls12);
    }

    private static String openssl(String protocolOption) throws Exception {
        Process process = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + proxy.server.port(),
                protocolOption, "-cipher", "DEFAULT@SECLEVEL=0").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Test
    void theDefaultJdkClientNegotiatesTls13() throws Exception {
        SSLContext context = TlsContexts.client(proxy.ca.certificate(), Optional.empty());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", proxy.server.port())) {
            socket.startHandshake();
            assertEquals("TLSv1.3", socket.getSession().getProtocol());
            assertTrue(TlsContexts.CIPHER_SUITES.contains(socket.getSession().getCipherSuite()));
        }
    }

    @Test
    void curlAsTheConformanceClientCallsItGetsHealth() throws Exception {
        Curl.assumeInstalled();
        java.nio.file.Path ca = java.nio.file.Files.createTempFile("xks-ca", ".pem");
        try {
            io.strongroom.xksproxy.pki.Pem.writeCertificates(ca, List.of(proxy.ca.certificate()));
            Curl.Result result = Curl.post(proxy.server.endpoint() + ProxyFixture.API + "/health", XksBodies.health(),
                    proxy.credential, "us-east-1", List.of("--cacert", ca.toString(), "--tlsv1.2"));
            assertEquals(200, result.status(), result.output());
            assertTrue(result.body().contains("\"healthStatus\":\"ACTIVE\""), result.output());
        } finally {
            java.nio.file.Files.delete(ca);
        }
    }

    @Test
    void aClientTrustingAnotherCaRefusesTheProxy() {
        SignedCaller stranger = new SignedCaller(proxy.server.endpoint(),
                io.strongroom.xksproxy.pki.CertificateAuthority.create("Other CA").certificate(), Optional.empty());
        assertThrows(UncheckedIOException.class,
                () -> stranger.post(ProxyFixture.API + "/health", XksBodies.health(), proxy.credential));
        assertOk(proxy.caller.post(ProxyFixture.API + "/health", XksBodies.health(), proxy.credential));
    }
}
