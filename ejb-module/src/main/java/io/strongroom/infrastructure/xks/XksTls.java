package io.strongroom.infrastructure.xks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The TLS side of every XKS proxy connection (KMS-SPEC §5.1): TLS 1.3 or 1.2 with only the four
 * suites the XKS specification allows, the configured trust anchors (a PEM file of CA
 * certificates, or the JDK's default trust store), an optional client certificate for proxies
 * that require mTLS, and hostname verification.
 */
final class XksTls {

    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    static final String[] CIPHER_SUITES = {
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    };

    private XksTls() {
    }

    /**
     * @param trustStore        PEM CA certificates, or empty for the JDK default trust store
     * @param clientCertificate PEM certificate chain for mTLS, or empty
     * @param clientKey         PEM private key (PKCS#8 or traditional) of that certificate, or empty
     * @throws IllegalStateException when a file is missing or unreadable (a configuration error)
     */
    static SSLContext context(Optional<Path> trustStore, Optional<Path> clientCertificate, Optional<Path> clientKey) {
        if (clientCertificate.isPresent() != clientKey.isPresent()) {
            throw new IllegalStateException("An XKS client certificate needs its private key and the other way round: "
                    + "set both STRONGROOM_XKS_CLIENT_CERTIFICATE and STRONGROOM_XKS_CLIENT_KEY, or neither");
        }
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore.isPresent() ? trustAnchors(trustStore.get()) : null);
            KeyManager[] keyManagers = null;
            if (clientCertificate.isPresent()) {
                keyManagers = clientKeyManagers(clientCertificate.get(), clientKey.get());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The XKS TLS configuration cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** Protocols and suites limited as the XKS specification says; hostnames verified as HTTPS does. */
    static SSLParameters parameters() {
        SSLParameters parameters = new SSLParameters(CIPHER_SUITES.clone(), PROTOCOLS.clone());
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    private static KeyStore trustAnchors(Path pem) throws GeneralSecurityException, IOException {
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        int index = 0;
        for (Certificate certificate : certificates(pem)) {
            anchors.setCertificateEntry("xks-ca-" + index++, certificate);
        }
        if (index == 0) {
            throw new IllegalStateException(pem + " holds no PEM certificate");
        }
        return anchors;
    }

    private static KeyManager[] clientKeyManagers(Path certificatePem, Path keyPem)
            throws GeneralSecurityException, IOException {
        Certificate[] chain = certificates(certificatePem).toArray(new Certificate[0]);
        if (chain.length == 0) {
            throw new IllegalStateException(certificatePem + " holds no PEM certificate");
        }
        char[] password = new char[0];
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("xks-client", privateKey(keyPem), password, chain);
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, password);
        return factory.getKeyManagers();
    }

    private static Collection<? extends Certificate> certificates(Path pem) throws GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
    }

    private static PrivateKey privateKey(Path pem) throws IOException {
        try (Reader reader = Files.newBufferedReader(pem); PEMParser parser = new PEMParser(reader)) {
            Object parsed = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (parsed instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (parsed instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new IllegalStateException(pem + " holds no unencrypted PEM private key");
        }
    }
}
