package io.strongroom.xksproxy.standalone;

import static io.strongroom.xksproxy.http.XksAssertions.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.SignedCaller;
import io.strongroom.xksproxy.XksBodies;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksProxyConfiguration;
import io.strongroom.xksproxy.XksProxyServer;
import io.strongroom.xksproxy.pki.IssuedCertificate;
import io.strongroom.xksproxy.pki.Pem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bin/xks-proxy generates on a first start, and that a second start reads the same proxy back. */
class FirstStartTest {

    @TempDir
    Path dataDir;

    @Test
    void aFirstStartPreparesAWorkingProxy() throws Exception {
        Path dir = dataDir.resolve("xks-data");
        XksCredential credential = FirstStart.prepare(dir, 0);
        assertEquals("rwx------", mode(dir));
        for (String secret : new String[] {"ca-key.pem", "server-key.pem", "client-key.pem", "keystore.password",
                ConfigurationFile.NAME}) {
            assertEquals("rw-------", mode(dir.resolve(secret)), secret);
        }
        XksProxyConfiguration configuration = ConfigurationFile.read(dir);
        LogicalKeyStore store = configuration.stores().get(0);
        assertEquals("/example/uri/path/prefix", store.uriPrefix());
        assertEquals(credential, store.credentials().get(0));
        assertEquals(FirstStart.KEYS, store.keys());
        assertFalse(configuration.mutualTls());

        byte[] sealed;
        try (XksProxyServer server = XksProxyServer.start(configuration)) {
            assertTrue(Files.exists(dir.resolve("keys.p12")));
            SignedCaller caller = new SignedCaller(server.endpoint(),
                    Pem.readCertificates(dir.resolve("ca.pem")).get(0), Optional.empty());
            assertOk(caller.post(store.uriPath() + "/health", XksBodies.health(), credential));
            sealed = caller.post(store.uriPath() + "/keys/foo/encrypt",
                    XksBodies.encrypt(new byte[] {1, 2, 3}).build().toString(), credential).body()
                    .getBytes(StandardCharsets.UTF_8);
            String printed = describe(dir, server, Optional.of(credential));
            assertTrue(printed.contains(credential.secretAccessKey()), printed);
            assertTrue(printed.contains("--xks-proxy-uri-path /example/uri/path/prefix/kms/xks/v1"), printed);
            assertTrue(printed.contains("STRONGROOM_XKS_TRUST_STORE=" + dir.resolve("ca.pem")), printed);
            assertFalse(describe(dir, server, Optional.empty()).contains(credential.secretAccessKey()));
        }

        try (XksProxyServer again = XksProxyServer.start(ConfigurationFile.read(dir))) {
            SignedCaller caller = new SignedCaller(again.endpoint(), Pem.readCertificates(dir.resolve("ca.pem")).get(0),
                    Optional.empty());
            String decrypted = caller.post(store.uriPath() + "/keys/foo/decrypt",
                    XksBodies.decrypt(XksBodies.parse(new String(sealed, StandardCharsets.UTF_8)), null).build().toString(),
                    credential).body();
            assertEquals("{\"plaintext\":\"AQID\"}", decrypted);
        }
    }

    @Test
    void aClientCaInTheConfigurationTurnsOnMutualTls() throws Exception {
        Path dir = dataDir.resolve("mtls");
        XksCredential credential = FirstStart.prepare(dir, 0);
        Path config = dir.resolve(ConfigurationFile.NAME);
        Pem.writeOwnerOnly(config, Files.readString(config).replace("\"clientCa\": null", "\"clientCa\": \"ca.pem\""));
        XksProxyConfiguration configuration = ConfigurationFile.read(dir);
        assertTrue(configuration.mutualTls());
        try (XksProxyServer server = XksProxyServer.start(configuration)) {
            var anchor = Pem.readCertificates(dir.resolve("ca.pem")).get(0);
            String health = configuration.stores().get(0).uriPath() + "/health";
            IssuedCertificate client = IssuedCertificate.read(dir.resolve("client-chain.pem"), dir.resolve("client-key.pem"));
            assertOk(new SignedCaller(server.endpoint(), anchor, Optional.of(client))
                    .post(health, XksBodies.health(), credential));
            assertThrows(UncheckedIOException.class, () -> new SignedCaller(server.endpoint(), anchor, Optional.empty())
                    .post(health, XksBodies.health(), credential));
        }
    }

    @Test
    void aBrokenConfigurationNamesTheFile() throws Exception {
        Path dir = dataDir.resolve("broken");
        FirstStart.prepare(dir, 0);
        Path config = dir.resolve(ConfigurationFile.NAME);
        Pem.writeOwnerOnly(config, Files.readString(config).replace("\"foo\"", "\"not a valid id\""));
        var failure = assertThrows(java.io.IOException.class, () -> ConfigurationFile.read(dir));
        assertTrue(failure.getMessage().contains(ConfigurationFile.NAME), failure.getMessage());
    }

    private static String describe(Path dir, XksProxyServer server, Optional<XksCredential> generated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XksProxyMain.describe(new PrintStream(out, true, StandardCharsets.UTF_8), dir, server, generated);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
