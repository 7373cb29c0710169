package io.strongroom.relay.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PEM files an operator makes with OpenSSL: certificates, and an unencrypted PKCS#8 private key
 * ({@code BEGIN PRIVATE KEY}, RSA or EC). Read with the JDK alone, so the relay needs no crypto library.
 */
final class PemFiles {

    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private PemFiles() {
    }

    /** Every certificate in the file, in order (a chain is leaf first). */
    static List<X509Certificate> certificates(Path file) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .forEach(certificate -> certificates.add((X509Certificate) certificate));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": not a PEM certificate file", e);
        }
        if (certificates.isEmpty()) {
            throw new IOException(file + ": no CERTIFICATE block found");
        }
        return certificates;
    }

    static PrivateKey privateKey(Path file) throws IOException {
        Matcher block = PKCS8.matcher(Files.readString(file, StandardCharsets.US_ASCII));
        if (!block.find()) {
            throw new IOException(file + ": no unencrypted PKCS#8 'BEGIN PRIVATE KEY' block"
                    + " (openssl pkcs8 -topk8 -nocrypt converts other key files)");
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(block.group(1)));
        for (String algorithm : List.of("EC", "RSA")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not this algorithm; try the next
            }
        }
        throw new IOException(file + ": the private key is neither an EC nor an RSA key");
    }
}
