package io.strongroom.xksproxy.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain (leaf first): a TLS server's identity or an mTLS
 * client's. {@link #toString()} never shows the key.
 */
public record IssuedCertificate(PrivateKey privateKey, List<X509Certificate> chain) {

    public IssuedCertificate {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least the leaf");
        }
    }

    /** The leaf certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Writes the chain (leaf first) and the PKCS#8 key (mode 600) as PEM. */
    public void write(Path chainPem, Path privateKeyPem) throws IOException {
        Pem.writeCertificates(chainPem, chain);
        Pem.writePrivateKey(privateKeyPem, privateKey);
    }

    public static IssuedCertificate read(Path chainPem, Path privateKeyPem) throws IOException {
        return new IssuedCertificate(Pem.readPrivateKey(privateKeyPem), Pem.readCertificates(chainPem));
    }

    /** An in-memory PKCS12 key store holding this identity under {@code alias}, for a KeyManagerFactory. */
    public KeyStore toKeyStore(String alias, char[] password) throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, chain.toArray(X509Certificate[]::new));
            return store;
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot create an in-memory key store", e);
        }
    }

    @Override
    public String toString() {
        return "IssuedCertificate[" + certificate().getSubjectX500Principal() + "]";
    }
}
