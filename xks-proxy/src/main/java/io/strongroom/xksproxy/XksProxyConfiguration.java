package io.strongroom.xksproxy;

import io.strongroom.xksproxy.pki.IssuedCertificate;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a proxy needs to start, built in code ({@link #builder()}) or read from the data dir
 * by the standalone command. Immutable; what tests change at run time goes through
 * {@link XksProxyServer}'s controls instead.
 *
 * @param bindAddress      the address to listen on (loopback unless set)
 * @param port             the TCP port; 0 picks a free one, {@link XksProxyServer#port()} tells which
 * @param serverIdentity   the TLS server key and certificate chain (leaf first)
 * @param clientCertificateAuthority when present, mTLS: a client must present a certificate issued by this CA
 * @param region           the region KMS signs with (credential scope), us-east-1 unless set
 * @param stores           the logical key stores, distinct prefixes, at least one
 * @param ekmFleet         1–10 external key managers the health API reports
 * @param ekmVendor        the health API's {@code ekmVendor}
 * @param keystore         where key material is kept encrypted at rest; empty: fresh material in memory per start
 * @param threads          request worker threads (a bounded pool)
 */
public record XksProxyConfiguration(InetAddress bindAddress, int port, IssuedCertificate serverIdentity,
                                    Optional<X509Certificate> clientCertificateAuthority, String region,
                                    List<LogicalKeyStore> stores, List<EkmFleetEntry> ekmFleet, String ekmVendor,
                                    Optional<KeystoreLocation> keystore, int threads) {

    public static final String DEFAULT_REGION = "us-east-1";

    public XksProxyConfiguration {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(serverIdentity, "serverIdentity");
        Objects.requireNonNull(clientCertificateAuthority, "clientCertificateAuthority");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(ekmVendor, "ekmVendor");
        Objects.requireNonNull(keystore, "keystore");
        stores = List.copyOf(stores);
        ekmFleet = List.copyOf(ekmFleet);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("at least one logical key store is needed");
        }
        var prefixes = new HashSet<String>();
        for (LogicalKeyStore store : stores) {
            if (!prefixes.add(store.uriPrefix())) {
                throw new IllegalArgumentException("two stores share the prefix " + store.uriPrefix());
            }
        }
        if (ekmFleet.isEmpty() || ekmFleet.size() > 10) {
            throw new IllegalArgumentException("the EKM fleet must have 1-10 entries");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when clients must present a certificate. */
    public boolean mutualTls() {
        return clientCertificateAuthority.isPresent();
    }

    /**
     * A PKCS12 file holding one AES-256 secret key entry per external key id, protected by
     * PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC). Missing keys are generated and saved at start.
     */
    public record KeystoreLocation(Path file, char[] password) {
        public KeystoreLocation {
            Objects.requireNonNull(file, "file");
            password = password.clone();
        }

        @Override
        public char[] password() {
            return password.clone();
        }

        @Override
        public String toString() {
            return "KeystoreLocation[" + file + "]";
        }
    }

    /** Builds an {@link XksProxyConfiguration}; only the server identity and one store are required. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private IssuedCertificate serverIdentity;
        private X509Certificate clientCertificateAuthority;
        private String region = DEFAULT_REGION;
        private final List<LogicalKeyStore> stores = new ArrayList<>();
        private final List<EkmFleetEntry> ekmFleet = new ArrayList<>();
        private String ekmVendor = "Strongroom";
        private KeystoreLocation keystore;
        private int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int tcpPort) {
            this.port = tcpPort;
            return this;
        }

        public Builder serverIdentity(IssuedCertificate identity) {
            this.serverIdentity = identity;
            return this;
        }

        /** Turns on mTLS: only clients with a certificate issued by {@code ca} complete the handshake. */
        public Builder clientCertificateAuthority(X509Certificate ca) {
            this.clientCertificateAuthority = ca;
            return this;
        }

        public Builder region(String regionName) {
            this.region = regionName;
            return this;
        }

        public Builder store(LogicalKeyStore store) {
            stores.add(Objects.requireNonNull(store));
            return this;
        }

        /** Adds an EKM the health API reports; without any, one ACTIVE software keystore entry. */
        public Builder ekm(EkmFleetEntry entry) {
            ekmFleet.add(Objects.requireNonNull(entry));
            return this;
        }

        public Builder ekmVendor(String vendor) {
            this.ekmVendor = vendor;
            return this;
        }

        /** Keeps key material in a PKCS12 file (created when missing); without it, material lives in memory only. */
        public Builder keystore(Path file, char[] password) {
            this.keystore = new KeystoreLocation(file, password);
            return this;
        }

        public Builder threads(int workerThreads) {
            this.threads = workerThreads;
            return this;
        }

        public XksProxyConfiguration build() {
            List<EkmFleetEntry> fleet = ekmFleet.isEmpty() ? List.of(EkmFleetEntry.softwareKeystore()) : ekmFleet;
            return new XksProxyConfiguration(bindAddress, port, serverIdentity,
                    Optional.ofNullable(clientCertificateAuthority), region, stores, fleet, ekmVendor,
                    Optional.ofNullable(keystore), threads);
        }
    }
}
