package io.strongroom.relay.http;

import io.strongroom.relay.ServerIdentity;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/** The relay's two TLS roles: serving the regions with its identity, and calling regions it trusts. */
public final class TlsContexts {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

    private TlsContexts() {
    }

    /** A server context presenting {@code identity}. */
    public static SSLContext server(ServerIdentity identity) throws GeneralSecurityException {
        KeyStore store = emptyKeyStore();
        store.setKeyEntry("relay", identity.privateKey(), IN_MEMORY_PASSWORD,
                identity.chain().toArray(X509Certificate[]::new));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, IN_MEMORY_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, new SecureRandom());
        return context;
    }

    /** A client context trusting only {@code anchors}; with none, the JDK's default context and trust store. */
    public static SSLContext client(List<X509Certificate> anchors) throws GeneralSecurityException {
        if (anchors.isEmpty()) {
            return SSLContext.getDefault();
        }
        KeyStore trusted = emptyKeyStore();
        for (int i = 0; i < anchors.size(); i++) {
            trusted.setCertificateEntry("anchor-" + i, anchors.get(i));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), new SecureRandom());
        return context;
    }

    /** TLS 1.3 and 1.2 only, the JDK's default suites for them. */
    public static SSLParameters parameters(SSLContext context) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(PROTOCOLS);
        return parameters;
    }

    private static KeyStore emptyKeyStore() throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot create an in-memory key store", e);
        }
    }
}
