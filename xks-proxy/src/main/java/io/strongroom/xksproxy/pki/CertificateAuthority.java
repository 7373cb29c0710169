package io.strongroom.xksproxy.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A local certificate authority: the trust anchor a Strongroom region is given for its proxy, and
 * the issuer of the proxy's server certificate and of mTLS client certificates. Tests use it to
 * make exactly the certificates they need (expired, wrong host, untrusted issuer).
 */
public final class CertificateAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CLOCK_SLACK = Duration.ofHours(1);

    private final X509Certificate certificate;
    private final PrivateKey privateKey;

    private CertificateAuthority(X509Certificate certificate, PrivateKey privateKey) {
        this.certificate = certificate;
        this.privateKey = privateKey;
    }

    /** A CA valid from an hour ago for ten years. */
    public static CertificateAuthority create(String commonName) {
        Instant now = Instant.now();
        return create(commonName, now.minus(CLOCK_SLACK), now.plus(Duration.ofDays(3650)));
    }

    public static CertificateAuthority create(String commonName, Instant notBefore, Instant notAfter) {
        KeyPair pair = newKeyPair();
        X500Principal subject = new X500Principal("CN=" + commonName);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(subject, subject, pair.getPublic(), notBefore, notAfter)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
            return new CertificateAuthority(sign(builder, pair.getPrivate()), pair.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create a CA certificate", e);
        }
    }

    /** Loads a CA written by {@link #write}. */
    public static CertificateAuthority read(Path certificatePem, Path privateKeyPem) throws IOException {
        return new CertificateAuthority(Pem.readCertificates(certificatePem).get(0), Pem.readPrivateKey(privateKeyPem));
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** Writes the CA certificate and (mode 600) its key as PEM. */
    public void write(Path certificatePem, Path privateKeyPem) throws IOException {
        Pem.writeCertificates(certificatePem, List.of(certificate));
        Pem.writePrivateKey(privateKeyPem, privateKey);
    }

    /** A server certificate for {@code localhost} and {@code 127.0.0.1}, valid from an hour ago for a year. */
    public IssuedCertificate issueLocalhostServerCertificate() {
        Instant now = Instant.now();
        return issueServerCertificate(List.of("localhost"), List.of("127.0.0.1"), now.minus(CLOCK_SLACK),
                now.plus(Duration.ofDays(365)));
    }

    /**
     * A TLS server certificate with these subject alternative names and validity window; the first
     * DNS name (or address) is also the subject CN.
     *
     * @param dnsNames    DNS names, e.g. {@code localhost}
     * @param ipAddresses IP literals, e.g. {@code 127.0.0.1}
     */
    public IssuedCertificate issueServerCertificate(List<String> dnsNames, List<String> ipAddresses, Instant notBefore,
                                                    Instant notAfter) {
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, checkedIp(ip))));
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs a DNS name or an IP address");
        }
        String cn = dnsNames.isEmpty() ? ipAddresses.get(0) : dnsNames.get(0);
        return issue(cn, KeyPurposeId.id_kp_serverAuth, new GeneralNames(names.toArray(GeneralName[]::new)), notBefore,
                notAfter);
    }

    /** An mTLS client certificate, e.g. for CN {@code cks.kms.us-east-1.amazonaws.com}, valid from an hour ago for a year. */
    public IssuedCertificate issueClientCertificate(String commonName) {
        Instant now = Instant.now();
        return issueClientCertificate(commonName, now.minus(CLOCK_SLACK), now.plus(Duration.ofDays(365)));
    }

    public IssuedCertificate issueClientCertificate(String commonName, Instant notBefore, Instant notAfter) {
        return issue(commonName, KeyPurposeId.id_kp_clientAuth, null, notBefore, notAfter);
    }

    private IssuedCertificate issue(String commonName, KeyPurposeId purpose, GeneralNames altNames, Instant notBefore,
                                    Instant notAfter) {
        Objects.requireNonNull(commonName, "commonName");
        KeyPair pair = newKeyPair();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = builder(certificate.getSubjectX500Principal(),
                    new X500Principal("CN=" + commonName), pair.getPublic(), notBefore, notAfter)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(certificate));
            if (altNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, altNames);
            }
            return new IssuedCertificate(pair.getPrivate(), List.of(sign(builder, privateKey), certificate));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + commonName, e);
        }
    }

    private static X509v3CertificateBuilder builder(X500Principal issuer, X500Principal subject, PublicKey key,
                                                    Instant notBefore, Instant notAfter) {
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM).add(BigInteger.ONE),
                Date.from(notBefore), Date.from(notAfter), subject, key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign a certificate", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    private static String checkedIp(String ip) {
        if (!ip.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new IllegalArgumentException("not an IP literal: " + ip);
        }
        try {
            return InetAddress.getByName(ip).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + ip, e);
        }
    }
}
