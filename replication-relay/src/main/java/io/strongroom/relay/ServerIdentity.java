package io.strongroom.relay;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The private key and certificate chain (leaf first) a relay serving HTTPS presents to the
 * regions. {@link #toString()} never shows the key.
 */
public record ServerIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

    public ServerIdentity {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least the leaf");
        }
    }

    @Override
    public String toString() {
        return "ServerIdentity[" + chain.get(0).getSubjectX500Principal().getName() + "]";
    }
}
