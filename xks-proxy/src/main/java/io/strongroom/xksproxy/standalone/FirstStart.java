package io.strongroom.xksproxy.standalone;

import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.pki.CertificateAuthority;
import io.strongroom.xksproxy.pki.Pem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Fills an empty data dir so the proxy can start at once: a local CA, a server certificate for
 * localhost, 127.0.0.1 and ::1, a client certificate for Strongroom should mTLS be turned on, a
 * random keystore password (mode 600), and a configuration with one logical key store at the
 * conformance client's default prefix, a fresh credential and four keys.
 */
final class FirstStart {

    static final String PREFIX = "/example/uri/path/prefix";
    static final List<XksKey> KEYS = List.of(XksKey.encryptDecrypt("foo"), XksKey.encryptOnly("encrypt-only"),
            XksKey.decryptOnly("decrypt-only"), XksKey.disabled("disabled"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private FirstStart() {
    }

    /** @return the credential it generated, for the caller to show once */
    static XksCredential prepare(Path dataDir, int port) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        DataDirFiles files = DataDirFiles.DEFAULT;
        CertificateAuthority ca = CertificateAuthority.create("Strongroom XKS proxy local CA");
        ca.write(dataDir.resolve(files.caCertificate()), dataDir.resolve(files.caKey()));
        Instant now = Instant.now();
        ca.issueServerCertificate(List.of("localhost"), List.of("127.0.0.1", "::1"), now.minus(Duration.ofHours(1)),
                        now.plus(Duration.ofDays(825)))
                .write(dataDir.resolve(files.serverChain()), dataDir.resolve(files.serverKey()));
        ca.issueClientCertificate("strongroom-xks-client")
                .write(dataDir.resolve(files.clientChain()), dataDir.resolve(files.clientKey()));
        byte[] password = new byte[32];
        RANDOM.nextBytes(password);
        Pem.writeOwnerOnly(dataDir.resolve(files.keystorePassword()), Base64.getEncoder().encodeToString(password) + "\n");
        XksCredential credential = XksCredential.generate();
        LogicalKeyStore.Builder store = LogicalKeyStore.builder(PREFIX).credential(credential);
        KEYS.forEach(store::key);
        ConfigurationFile.writeInitial(dataDir, files, port, store.build());
        return credential;
    }
}
