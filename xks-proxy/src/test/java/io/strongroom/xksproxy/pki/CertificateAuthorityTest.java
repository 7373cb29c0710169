package io.strongroom.xksproxy.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.SignedCaller;
import io.strongroom.xksproxy.XksBodies;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.XksProxyConfiguration;
import io.strongroom.xksproxy.XksProxyServer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificates tests make: PEM round trips, and server certificates a TLS client accepts or refuses. */
class CertificateAuthorityTest {

    private final CertificateAuthority ca = CertificateAuthority.create("Test CA");
    private final XksCredential credential = XksCredential.generate();

    @Test
    void pemFilesRoundTripAndKeysAreOwnerOnly(@TempDir Path dir) throws Exception {
        ca.write(dir.resolve("ca.pem"), dir.resolve("ca-key.pem"));
        CertificateAuthority read = CertificateAuthority.read(dir.resolve("ca.pem"), dir.resolve("ca-key.pem"));
        assertEquals(ca.certificate(), read.certificate());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ca-key.pem"))));
        IssuedCertificate server = read.issueLocalhostServerCertificate();
        server.write(dir.resolve("chain.pem"), dir.resolve("key.pem"));
        IssuedCertificate again = IssuedCertificate.read(dir.resolve("chain.pem"), dir.resolve("key.pem"));
        assertEquals(server.chain(), again.chain());
        assertEquals(server.privateKey(), again.privateKey());
        server.certificate().verify(ca.certificate().getPublicKey());
        assertTrue(server.certificate().getSubjectAlternativeNames().stream()
                .anyMatch(name -> name.get(1).equals("127.0.0.1")));
    }

    @Test
    void aValidCertificateForLocalhostIsAccepted() throws Exception {
        assertEquals(200, healthWith(ca.issueLocalhostServerCertificate()));
    }

    @Test
    void anExpiredCertificateIsRefused() {
        Instant now = Instant.now();
        IssuedCertificate expired = ca.issueServerCertificate(List.of("localhost"), List.of("127.0.0.1"),
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)));
        assertHandshakeFails(expired);
    }

    @Test
    void aCertificateForAnotherHostIsRefused() {
        Instant now = Instant.now();
        IssuedCertificate elsewhere = ca.issueServerCertificate(List.of("xks.example.com"), List.of(),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
        assertHandshakeFails(elsewhere);
    }

    private void assertHandshakeFails(IssuedCertificate identity) {
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> healthWith(identity));
        assertTrue(failure.getCause() instanceof SSLHandshakeException, failure.toString());
    }

    private int healthWith(IssuedCertificate identity) throws Exception {
        XksProxyConfiguration configuration = XksProxyConfiguration.builder().serverIdentity(identity)
                .store(LogicalKeyStore.builder("").credential(credential).key(XksKey.encryptDecrypt("foo")).build())
                .threads(2).build();
        try (XksProxyServer server = XksProxyServer.start(configuration)) {
            X509Certificate anchor = ca.certificate();
            return new SignedCaller(server.endpoint(), anchor, Optional.empty())
                    .post("/kms/xks/v1/health", XksBodies.health(), credential).statusCode();
        }
    }
}
