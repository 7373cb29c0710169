package io.strongroom.xksproxy.pki;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * PEM files as OpenSSL, curl and the AWS tools read them: certificates, and private keys as
 * unencrypted PKCS#8 written owner-only (mode 600). Reading also accepts OpenSSL's traditional
 * {@code EC PRIVATE KEY} / {@code RSA PRIVATE KEY} blocks.
 */
public final class Pem {

    private Pem() {
    }

    public static String encode(X509Certificate certificate) {
        return encodeAll(List.of(certificate));
    }

    public static String encodeAll(List<X509Certificate> certificates) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(new PemObject("CERTIFICATE", certificate.getEncoded()));
            }
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
        return out.toString();
    }

    public static String encode(PrivateKey key) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new JcaPKCS8Generator(key, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void writeCertificates(Path file, List<X509Certificate> certificates) throws IOException {
        Files.writeString(file, encodeAll(certificates), StandardCharsets.US_ASCII);
    }

    /** Writes the key to a file only its owner can read, created with that mode so it is never readable by others. */
    public static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        writeOwnerOnly(file, encode(key));
    }

    /** Writes text to a file created (or truncated) with mode 600. */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        return decodeCertificates(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public static List<X509Certificate> decodeCertificates(String pem) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof X509CertificateHolder holder) {
                    certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
                }
            }
        } catch (CertificateException e) {
            throw new IOException("not a valid certificate", e);
        }
        if (certificates.isEmpty()) {
            throw new IOException("no CERTIFICATE block found");
        }
        return certificates;
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return decodePrivateKey(reader);
        }
    }

    public static PrivateKey decodePrivateKey(String pem) throws IOException {
        return decodePrivateKey(new StringReader(pem));
    }

    private static PrivateKey decodePrivateKey(Reader reader) throws IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(reader)) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (item instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
            }
        }
        throw new IOException("no unencrypted PRIVATE KEY block found");
    }
}
