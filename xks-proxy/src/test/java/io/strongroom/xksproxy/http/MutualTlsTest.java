package io.strongroom.xksproxy.http;

import static io.strongroom.xksproxy.http.XksAssertions.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.xksproxy.Curl;
import io.strongroom.xksproxy.ProxyFixture;
import io.strongroom.xksproxy.SignedCaller;
import io.strongroom.xksproxy.XksBodies;
import io.strongroom.xksproxy.pki.CertificateAuthority;
import io.strongroom.xksproxy.pki.IssuedCertificate;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With a client CA configured, only clients presenting a certificate issued by it get an answer. */
class MutualTlsTest {

    private static final String HEALTH = ProxyFixture.API + "/health";
    private static final CertificateAuthority CLIENT_CA = CertificateAuthority.create("KMS client CA");
    @RegisterExtension
    static final ProxyFixture proxy = new ProxyFixture(Optional.of(CLIENT_CA));

    private static SignedCaller callerWith(Optional<IssuedCertificate> certificate) {
        return new SignedCaller(proxy.server.endpoint(), proxy.ca.certificate(), certificate);
    }

    @Test
    void aClientWithoutACertificateIsRefused() {
        assertThrows(UncheckedIOException.class, () -> proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential));
    }

    @Test
    void aClientCertificateFromTheCaIsAccepted() {
        IssuedCertificate kms = CLIENT_CA.issueClientCertificate("cks.kms.us-east-1.amazonaws.com");
        assertOk(callerWith(Optional.of(kms)).post(HEALTH, XksBodies.health(), proxy.credential));
    }

    @Test
    void certificatesFromAnotherCaOrExpiredAreRefused() {
        IssuedCertificate stranger = CertificateAuthority.create("Another CA").issueClientCertificate("cks.kms.example");
        assertThrows(UncheckedIOException.class,
                () -> callerWith(Optional.of(stranger)).post(HEALTH, XksBodies.health(), proxy.credential));
        Instant now = Instant.now();
        IssuedCertificate expired = CLIENT_CA.issueClientCertificate("cks.kms.us-east-1.amazonaws.com",
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
        assertThrows(UncheckedIOException.class,
                () -> callerWith(Optional.of(expired)).post(HEALTH, XksBodies.health(), proxy.credential));
    }

    @Test
    void curlWithTheConformanceClientsMtlsOptions(@TempDir Path dir) throws Exception {
        Curl.assumeInstalled();
        Path ca = dir.resolve("ca.pem");
        Path cert = dir.resolve("client.pem");
        Path key = dir.resolve("client-key.pem");
        io.strongroom.xksproxy.pki.Pem.writeCertificates(ca, List.of(proxy.ca.certificate()));
        CLIENT_CA.issueClientCertificate("cks.kms.us-east-1.amazonaws.com").write(cert, key);
        String url = proxy.server.endpoint() + HEALTH;
        Curl.Result withCertificate = Curl.post(url, XksBodies.health(), proxy.credential, "us-east-1",
                List.of("--cacert", ca.toString(), "--key", key.toString(), "--cert", cert.toString()));
        assertEquals(200, withCertificate.status(), withCertificate.output());
        assertTrue(withCertificate.body().contains("\"healthStatus\":"), withCertificate.output());
        Curl.Result without = Curl.post(url, XksBodies.health(), proxy.credential, "us-east-1",
                List.of("--cacert", ca.toString()));
        assertTrue(without.exitCode() != 0 && !without.output().contains("healthStatus"), without.output());
    }
}
