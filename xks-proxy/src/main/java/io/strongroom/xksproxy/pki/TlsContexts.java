package io.strongroom.xksproxy.pki;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS contexts limited to what the XKS specification allows (KMS-SPEC §5.1): TLS 1.3 and 1.2 with
 * exactly four AES-256-GCM / ChaCha20 suites. The proxy's server uses them, and so can any client
 * that wants to prove it only speaks what KMS speaks.
 */
public final class TlsContexts {

    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    public static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");

    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

    private TlsContexts() {
    }

    /** A server context presenting {@code identity}; with a client CA, that CA is the only trust anchor for client certificates. */
    public static SSLContext server(IssuedCertificate identity, Optional<X509Certificate> clientCa)
            throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers(identity), clientCa.isPresent() ? trustManagers(clientCa.get()) : null,
                new SecureRandom());
        return context;
    }

    /**
     * A client context that trusts only {@code trustAnchor} and, when given, presents {@code clientIdentity}.
     * Pair it with {@link #parameters(boolean)} to restrict the client to the allowed protocols and suites.
     */
    public static SSLContext client(X509Certificate trustAnchor, Optional<IssuedCertificate> clientIdentity)
            throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(clientIdentity.isPresent() ? keyManagers(clientIdentity.get()) : null, trustManagers(trustAnchor),
                new SecureRandom());
        return context;
    }

    /** The allowed protocols and suites; {@code needClientAuth} for a server that requires mTLS. */
    public static SSLParameters parameters(boolean needClientAuth) {
        SSLParameters parameters = new SSLParameters(CIPHER_SUITES.toArray(String[]::new), PROTOCOLS.toArray(String[]::new));
        parameters.setNeedClientAuth(needClientAuth);
        parameters.setUseCipherSuitesOrder(true);
        return parameters;
    }

    private static KeyManager[] keyManagers(IssuedCertificate identity) throws GeneralSecurityException {
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(identity.toKeyStore("identity", IN_MEMORY_PASSWORD), IN_MEMORY_PASSWORD);
        return factory.getKeyManagers();
    }

    private static javax.net.ssl.TrustManager[] trustManagers(X509Certificate anchor) throws GeneralSecurityException {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("anchor", anchor);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            return factory.getTrustManagers();
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot build a trust store", e);
        }
    }
}
