package io.strongroom.it;

import io.strongroom.xksproxy.EkmFleetEntry;
import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.XksProxyConfiguration;
import io.strongroom.xksproxy.XksProxyServer;
import io.strongroom.xksproxy.pki.CertificateAuthority;
import io.strongroom.xksproxy.pki.IssuedCertificate;
import io.strongroom.xksproxy.pki.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ConnectionStateType;
import software.amazon.awssdk.services.kms.model.CreateCustomKeyStoreRequest;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreType;
import software.amazon.awssdk.services.kms.model.CustomKeyStoresListEntry;
import software.amazon.awssdk.services.kms.model.XksProxyConnectivityType;

/**
 * The project's own XKS proxy for integration tests, running in the test JVM and served over real
 * TLS on loopback. One certificate authority per test session is written as PEM before the region
 * starts, and the region trusts it ({@code STRONGROOM_XKS_TRUST_STORE} in {@link TestRegion#jvmOptions});
 * proxies start with a good certificate for {@code localhost}, or an expired, wrong-host or
 * untrusted one. Helpers create stores through the AWS SDK and wait for connection states.
 *
 * <pre>{@code
 * try (TestXksProxy proxy = TestXksProxy.builder().key(XksKey.encryptDecrypt("k1")).start()) {
 *     String storeId = proxy.createConnectedStore(kms, "orders");
 *     ...
 *     TestXksProxy.deleteStore(kms, storeId);
 * }
 * }</pre>
 */
public final class TestXksProxy implements AutoCloseable {

    /** The server certificate a proxy presents. */
    public enum Certificate {
        /** For localhost and 127.0.0.1, issued by the session CA the region trusts. */
        GOOD,
        /** Issued by the session CA, but its validity ended yesterday. */
        EXPIRED,
        /** Issued by the session CA for xks.example.com only, so localhost does not match. */
        WRONG_HOST,
        /** For localhost, but issued by a CA the region does not trust. */
        UNTRUSTED
    }

    public static final String DEFAULT_PREFIX = "/it/xks";
    /** How long the helpers wait for an asynchronous connection state. */
    public static final Duration STATE_DEADLINE = Duration.ofSeconds(60);

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static CertificateAuthority sessionCa;
    private static CertificateAuthority strangerCa;

    private final XksProxyServer server;
    private final XksCredential credential;
    private final String prefix;

    private TestXksProxy(XksProxyServer server, XksCredential credential, String prefix) {
        this.server = server;
        this.credential = credential;
        this.prefix = prefix;
    }

    /**
     * The session CA's certificate as a PEM file under {@code target/it/xks}: what the region is
     * given as its trust store. Created on first use, rewritten if the work directory was cleared.
     */
    public static synchronized Path trustStore() {
        Path file = TestRegion.workDirectory().resolve("xks").resolve("ca.pem");
        try {
            if (sessionCa == null) {
                sessionCa = CertificateAuthority.create("Strongroom integration test CA");
            }
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(file.getParent());
                Pem.writeCertificates(file, List.of(sessionCa.certificate()));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XKS trust store " + file, e);
        }
    }

    /** The CA the region trusts, e.g. to issue certificates of one's own. */
    public static synchronized CertificateAuthority authority() {
        trustStore();
        return sessionCa;
    }

    /** A proxy with a good certificate, one logical store under {@link #DEFAULT_PREFIX} and a fresh credential. */
    public static TestXksProxy start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running proxy, for its controls (delay, EKM health, key status, credentials, observers). */
    public XksProxyServer server() {
        return server;
    }

    /** {@code https://localhost:<port>}: the XksProxyUriEndpoint of this proxy. */
    public String endpoint() {
        return server.endpoint().toString();
    }

    /** The logical store's URI prefix. */
    public String prefix() {
        return prefix;
    }

    /** The XksProxyUriPath of the logical store: the prefix and {@code /kms/xks/v1}. */
    public String uriPath() {
        return prefix + LogicalKeyStore.API_PATH;
    }

    /** The credential the logical store accepts. */
    public XksCredential credential() {
        return credential;
    }

    /** A CreateCustomKeyStore request for this proxy, PUBLIC_ENDPOINT, with its credential. */
    public CreateCustomKeyStoreRequest.Builder createRequest(String name) {
        return CreateCustomKeyStoreRequest.builder()
                .customKeyStoreName(name)
                .customKeyStoreType(CustomKeyStoreType.EXTERNAL_KEY_STORE)
                .xksProxyUriEndpoint(endpoint())
                .xksProxyUriPath(uriPath())
                .xksProxyConnectivity(XksProxyConnectivityType.PUBLIC_ENDPOINT)
                .xksProxyAuthenticationCredential(c -> c.accessKeyId(credential.accessKeyId())
                        .rawSecretAccessKey(credential.secretAccessKey()));
    }

    /**
     * A CreateCustomKeyStore request for this proxy with VPC_ENDPOINT_SERVICE connectivity and a
     * service name of its own: KMS first calls such a store's proxy on Connect, not on Create.
     */
    public CreateCustomKeyStoreRequest.Builder vpcRequest(String name) {
        return createRequest(name).xksProxyConnectivity(XksProxyConnectivityType.VPC_ENDPOINT_SERVICE)
                .xksProxyVpcEndpointServiceName(uniqueVpcEndpointServiceName());
    }

    /**
     * A valid VPC_ENDPOINT_SERVICE store whose endpoint (unique, never resolved) no proxy serves:
     * it can be created, listed and deleted, and fails with XKS_PROXY_NOT_REACHABLE if connected.
     */
    public static CreateCustomKeyStoreRequest unreachableVpcStore(String name) {
        XksCredential any = XksCredential.generate();
        String unique = Long.toHexString(System.nanoTime());
        return CreateCustomKeyStoreRequest.builder()
                .customKeyStoreName(name)
                .customKeyStoreType(CustomKeyStoreType.EXTERNAL_KEY_STORE)
                .xksProxyUriEndpoint("https://xks-" + unique + ".invalid")
                .xksProxyUriPath(DEFAULT_PREFIX + LogicalKeyStore.API_PATH)
                .xksProxyConnectivity(XksProxyConnectivityType.VPC_ENDPOINT_SERVICE)
                .xksProxyVpcEndpointServiceName(uniqueVpcEndpointServiceName())
                .xksProxyAuthenticationCredential(c -> c.accessKeyId(any.accessKeyId())
                        .rawSecretAccessKey(any.secretAccessKey()))
                .build();
    }

    /** A VPC endpoint service name of the AWS shape that no other store of the run uses. */
    public static String uniqueVpcEndpointServiceName() {
        String hex = String.format("%017x", System.nanoTime() ^ ((long) RANDOM.nextInt() << 32)).substring(0, 17);
        return "com.amazonaws.vpce." + TestRegion.REGION + ".vpce-svc-" + hex;
    }

    /** Creates a store for this proxy, connects it and waits until it is CONNECTED; returns its id. */
    public String createConnectedStore(KmsClient kms, String name) {
        String storeId = kms.createCustomKeyStore(createRequest(name).build()).customKeyStoreId();
        kms.connectCustomKeyStore(r -> r.customKeyStoreId(storeId));
        CustomKeyStoresListEntry store = awaitState(kms, storeId, ConnectionStateType.CONNECTED, ConnectionStateType.FAILED);
        if (store.connectionState() != ConnectionStateType.CONNECTED) {
            throw new IllegalStateException("store " + storeId + " failed to connect: " + store.connectionErrorCode());
        }
        return storeId;
    }

    /** Polls DescribeCustomKeyStores until the store is in one of the states, or fails after {@link #STATE_DEADLINE}. */
    public static CustomKeyStoresListEntry awaitState(KmsClient kms, String storeId, ConnectionStateType... states) {
        Set<ConnectionStateType> wanted = Set.of(states);
        Instant deadline = Instant.now().plus(STATE_DEADLINE);
        CustomKeyStoresListEntry store;
        do {
            store = describe(kms, storeId);
            if (wanted.contains(store.connectionState())) {
                return store;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + storeId, e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("store " + storeId + " is still " + store.connectionState() + " after "
                + STATE_DEADLINE.toSeconds() + " s, not one of " + wanted);
    }

    public static CustomKeyStoresListEntry describe(KmsClient kms, String storeId) {
        return kms.describeCustomKeyStores(r -> r.customKeyStoreId(storeId)).customKeyStores().get(0);
    }

    /** Disconnects the store if it is not DISCONNECTED and deletes it: the cleanup after a test. */
    public static void deleteStore(KmsClient kms, String storeId) {
        if (describe(kms, storeId).connectionState() != ConnectionStateType.DISCONNECTED) {
            kms.disconnectCustomKeyStore(r -> r.customKeyStoreId(storeId));
        }
        kms.deleteCustomKeyStore(r -> r.customKeyStoreId(storeId));
    }

    @Override
    public void close() {
        server.close();
    }

    /** Builds a proxy; without keys the logical store has none (health works all the same). */
    public static final class Builder {
        private Certificate certificate = Certificate.GOOD;
        private String prefix = DEFAULT_PREFIX;
        private XksCredential credential = XksCredential.generate();
        private final List<XksKey> keys = new ArrayList<>();
        private final List<EkmFleetEntry> ekms = new ArrayList<>();

        private Builder() {
        }

        public Builder certificate(Certificate kind) {
            this.certificate = kind;
            return this;
        }

        /** The logical store's prefix (empty or /segment[/segment...]). */
        public Builder prefix(String uriPrefix) {
            this.prefix = uriPrefix;
            return this;
        }

        public Builder credential(XksCredential storeCredential) {
            this.credential = storeCredential;
            return this;
        }

        public Builder key(XksKey key) {
            keys.add(key);
            return this;
        }

        /** An external key manager the health API reports (default: one ACTIVE). */
        public Builder ekm(EkmFleetEntry entry) {
            ekms.add(entry);
            return this;
        }

        public TestXksProxy start() {
            LogicalKeyStore.Builder store = LogicalKeyStore.builder(prefix).credential(credential);
            keys.forEach(store::key);
            XksProxyConfiguration.Builder configuration = XksProxyConfiguration.builder()
                    .serverIdentity(identity(certificate))
                    .region(TestRegion.REGION)
                    .store(store.build());
            ekms.forEach(configuration::ekm);
            try {
                return new TestXksProxy(XksProxyServer.start(configuration.build()), credential, prefix);
            } catch (IOException e) {
                throw new UncheckedIOException("the test XKS proxy did not start", e);
            }
        }

        private static IssuedCertificate identity(Certificate kind) {
            Instant now = Instant.now();
            return switch (kind) {
                case GOOD -> authority().issueLocalhostServerCertificate();
                case EXPIRED -> authority().issueServerCertificate(List.of("localhost"), List.of("127.0.0.1"),
                        now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
                case WRONG_HOST -> authority().issueServerCertificate(List.of("xks.example.com"), List.of(),
                        now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)));
                case UNTRUSTED -> stranger().issueLocalhostServerCertificate();
            };
        }

        private static synchronized CertificateAuthority stranger() {
            if (strangerCa == null) {
                strangerCa = CertificateAuthority.create("A CA the region does not trust");
            }
            return strangerCa;
        }
    }
}
