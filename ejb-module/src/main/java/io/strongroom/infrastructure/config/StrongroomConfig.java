package io.strongroom.infrastructure.config;

import io.strongroom.domain.RegionIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The region's configuration. Every setting is an environment variable with a matching system
 * property of the same name (system property wins), with the defaults of DESIGN.md.
 */
@ApplicationScoped
public class StrongroomConfig {

    public static final String REGION = "STRONGROOM_REGION";
    public static final String ACCOUNT_ID = "STRONGROOM_ACCOUNT_ID";
    public static final String DATA_DIR = "STRONGROOM_DATA_DIR";
    public static final String ROOT_KEY_FILE = "STRONGROOM_ROOT_KEY_FILE";
    public static final String ADMIN_PASSWORD = "STRONGROOM_ADMIN_PASSWORD";
    public static final String ACCESS_KEY_ID = "STRONGROOM_ACCESS_KEY_ID";
    public static final String SECRET_ACCESS_KEY = "STRONGROOM_SECRET_ACCESS_KEY";
    /** Seconds between two sweeps for expired imported key material (default 10). */
    public static final String EXPIRY_SWEEP_SECONDS = "STRONGROOM_EXPIRY_SWEEP_SECONDS";
    /** Hours before ValidTo from which expiring material is warned about (default 168 = 7 days). */
    public static final String EXPIRY_WARNING_HOURS = "STRONGROOM_EXPIRY_WARNING_HOURS";
    /** Bearer token GET /prometheus requires when set; unset: the metrics are open, like /health. */
    public static final String METRICS_TOKEN = "STRONGROOM_METRICS_TOKEN";
    /** A JSON file of peer regions (endpoint, signing key PEM, expected fingerprint) applied at every start. */
    public static final String PEER_REGIONS_FILE = "STRONGROOM_PEER_REGIONS_FILE";
    /** Hours a rotated-out replication signing key stays valid for verification (default 168 = 7 days). */
    public static final String RSK_OVERLAP_HOURS = "STRONGROOM_RSK_OVERLAP_HOURS";

    /** Base URL of the replication relay every message to a peer region goes through; unset: no replication. */
    public static final String REPLICATION_RELAY = "STRONGROOM_REPLICATION_RELAY";
    /** PEM file of the CA certificates XKS proxies must chain to; unset: the JDK's default trust store. */
    public static final String XKS_TRUST_STORE = "STRONGROOM_XKS_TRUST_STORE";
    /** PEM certificate (chain) presented to XKS proxies that ask for one (mTLS); needs XKS_CLIENT_KEY. */
    public static final String XKS_CLIENT_CERTIFICATE = "STRONGROOM_XKS_CLIENT_CERTIFICATE";
    /** PEM private key of XKS_CLIENT_CERTIFICATE. */
    public static final String XKS_CLIENT_KEY = "STRONGROOM_XKS_CLIENT_KEY";
    /** Budget of one XKS proxy call in milliseconds (default 250, as AWS KMS). */
    public static final String XKS_TIMEOUT_MILLIS = "STRONGROOM_XKS_TIMEOUT_MILLIS";
    /** "true" lets XKS proxy endpoints be plain http:// (local trials only). */
    public static final String XKS_ALLOW_HTTP = "STRONGROOM_XKS_ALLOW_HTTP";
    /** Seconds between two health checks of every connected external key store (default 180). */
    public static final String XKS_HEALTH_SECONDS = "STRONGROOM_XKS_HEALTH_SECONDS";

    private Config config() {
        return ConfigProvider.getConfig(StrongroomConfig.class.getClassLoader());
    }

    public Optional<String> value(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        return config().getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    public String region() {
        return value(REGION).orElse("us-east-1");
    }

    public String accountId() {
        return value(ACCOUNT_ID).orElse("111122223333");
    }

    /** The region and account every ARN of this deployment names. */
    @Produces
    public RegionIdentity regionIdentity() {
        return new RegionIdentity(region(), accountId());
    }

    public Path dataDir() {
        return Path.of(value(DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
    }

    /** Operator-supplied root key file; unset means {@code <dataDir>/root.key}, generated at first start. */
    public boolean rootKeyFileConfigured() {
        return value(ROOT_KEY_FILE).isPresent();
    }

    public Path rootKeyFile() {
        return value(ROOT_KEY_FILE).map(Path::of).orElse(dataDir().resolve("root.key")).toAbsolutePath();
    }

    /** File where a first start leaves the credentials it generated, for the launcher to print once and delete. */
    public Path firstStartCredentialsFile() {
        return dataDir().resolve("first-start-credentials");
    }

    public java.time.Duration expirySweepInterval() {
        return java.time.Duration.ofSeconds(positiveLong(EXPIRY_SWEEP_SECONDS, 10));
    }

    public java.time.Duration expiryWarningWindow() {
        return java.time.Duration.ofHours(positiveLong(EXPIRY_WARNING_HOURS, 168));
    }

    public Optional<String> metricsToken() {
        return value(METRICS_TOKEN);
    }

    public Optional<Path> peerRegionsFile() {
        return value(PEER_REGIONS_FILE).map(Path::of);
    }

    public Optional<String> replicationRelay() {
        return value(REPLICATION_RELAY);
    }

    public java.time.Duration signingKeyOverlap() {
        return java.time.Duration.ofHours(positiveLong(RSK_OVERLAP_HOURS, 168));
    }

    public Optional<Path> xksTrustStore() {
        return value(XKS_TRUST_STORE).map(Path::of);
    }

    public Optional<Path> xksClientCertificate() {
        return value(XKS_CLIENT_CERTIFICATE).map(Path::of);
    }

    public Optional<Path> xksClientKey() {
        return value(XKS_CLIENT_KEY).map(Path::of);
    }

    public java.time.Duration xksTimeout() {
        return java.time.Duration.ofMillis(positiveLong(XKS_TIMEOUT_MILLIS, 250));
    }

    public boolean xksAllowHttp() {
        return value(XKS_ALLOW_HTTP).map(text -> Boolean.parseBoolean(text.trim())).orElse(false);
    }

    public java.time.Duration xksHealthInterval() {
        return java.time.Duration.ofSeconds(positiveLong(XKS_HEALTH_SECONDS, 180));
    }

    private long positiveLong(String name, long fallback) {
        return value(name).map(text -> {
            try {
                long parsed = Long.parseLong(text.trim());
                if (parsed > 0) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalStateException(name + " must be a positive whole number, found '" + text + "'");
        }).orElse(fallback);
    }
}
