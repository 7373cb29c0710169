package io.strongroom.benchmark;

import io.strongroom.xksproxy.pki.CertificateAuthority;
import io.strongroom.xksproxy.pki.IssuedCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The certificate authority of the xks scenarios. A region trusts XKS proxies through the CA file
 * it was started with (STRONGROOM_XKS_TRUST_STORE), so {@code bin/benchmark} has this class write
 * the CA before it starts the region; the benchmark then issues its in-process proxy's server
 * certificate from the same CA.
 *
 * <p>Usage: {@code XksBenchmarkCa DIR} writes {@code DIR/ca.pem} and {@code DIR/ca.key} (mode 600)
 * unless both exist.
 */
public final class XksBenchmarkCa {

    static final String CERTIFICATE = "ca.pem";
    static final String PRIVATE_KEY = "ca.key";

    private XksBenchmarkCa() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: XksBenchmarkCa DIR");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        if (!Files.isRegularFile(directory.resolve(CERTIFICATE)) || !Files.isRegularFile(directory.resolve(PRIVATE_KEY))) {
            Files.createDirectories(directory);
            CertificateAuthority.create("Strongroom benchmark XKS CA")
                    .write(directory.resolve(CERTIFICATE), directory.resolve(PRIVATE_KEY));
        }
        System.out.println(directory.resolve(CERTIFICATE).toAbsolutePath());
    }

    /** A server certificate for localhost and 127.0.0.1 from the CA in {@code directory}. */
    static IssuedCertificate localhostServerIdentity(Path directory) throws IOException {
        Path certificate = directory.resolve(CERTIFICATE);
        Path key = directory.resolve(PRIVATE_KEY);
        if (!Files.isRegularFile(certificate) || !Files.isRegularFile(key)) {
            throw new IOException(directory + " holds no " + CERTIFICATE + " and " + PRIVATE_KEY
                    + " (bin/benchmark writes them with XksBenchmarkCa)");
        }
        return CertificateAuthority.read(certificate, key).issueLocalhostServerCertificate();
    }
}
