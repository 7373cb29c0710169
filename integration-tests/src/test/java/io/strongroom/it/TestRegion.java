package io.strongroom.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The known configuration every Payara Micro started by the tests runs with: fixed bootstrap
 * credentials (so tests can sign requests and log in), the embedded database of {@link TestDatabase}
 * and a data directory under {@code target/}. Both Micro processes of a run share database and data
 * directory, like two restarts of one region.
 */
public final class TestRegion {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "111122223333";
    public static final String ACCESS_KEY_ID = "AKIASTRONGROOMITEST1";
    public static final String SECRET_ACCESS_KEY = "it/Secret+Access+Key/0123456789abcdefGHI";
    public static final String ADMIN_PASSWORD = "it-Admin-Passw0rd-7f3c9e";
    public static final String DB_USER = "postgres";
    public static final String DB_PASSWORD = "it-db-password";
    public static final int EXPIRY_SWEEP_SECONDS = 1;
    public static final String METRICS_TOKEN = "it-metrics-token-3c1f";
    /**
     * The XKS call budget of the test region. AWS's 250 ms holds on a quiet machine once the
     * client is warm, but the tests share two cores with the build, the region and the proxies,
     * where a TLS handshake alone took up to 350 ms; tests of slow proxies delay well beyond this.
     * {@code -Dstrongroom.it.xksTimeoutMillis=250} runs the tests with AWS's budget.
     */
    public static final int XKS_TIMEOUT_MILLIS = Integer.getInteger("strongroom.it.xksTimeoutMillis", 1500);
    /** A health check every two seconds, so tests can watch it (production: 180). */
    public static final int XKS_HEALTH_SECONDS = 2;

    private TestRegion() {
    }

    /** Root of everything the tests write: {@code target/it} (set by the pom). */
    public static Path workDirectory() {
        return Path.of(requiredProperty("strongroom.it.directory")).toAbsolutePath();
    }

    /** The region's STRONGROOM_DATA_DIR (root key file). */
    public static Path dataDirectory() {
        return workDirectory().resolve("region-data");
    }

    public static Path microJar() {
        return existingFile("strongroom.it.microJar");
    }

    /** The PostgreSQL JDBC driver, added to Micro's class path with --addlibs. */
    public static Path jdbcDriver() {
        return existingFile("strongroom.it.jdbcDriver");
    }

    /**
     * Asadmin commands Micro runs before it boots ({@code --prebootcommandfile}): they switch off
     * Payara's MicroProfile Health endpoint, which would otherwise answer {@code /health} instead of
     * the application (it is switched off wherever Strongroom runs).
     */
    public static Path prebootCommands() {
        return existingFile("strongroom.it.prebootCommands");
    }

    /** The real deployable, micro/target/strongroom.war. */
    public static Path microWar() {
        return existingFile("strongroom.it.war");
    }

    /** JVM options of a Micro process: the region's configuration as system properties. */
    public static List<String> jvmOptions(String jdbcUrl) {
        List<String> options = new ArrayList<>();
        options.add("-Xmx768m");
        options.add("-DSTRONGROOM_REGION=" + REGION);
        options.add("-DSTRONGROOM_ACCOUNT_ID=" + ACCOUNT_ID);
        options.add("-DSTRONGROOM_DB_URL=" + jdbcUrl);
        options.add("-DSTRONGROOM_DB_USER=" + DB_USER);
        options.add("-DSTRONGROOM_DB_PASSWORD=" + DB_PASSWORD);
        options.add("-DSTRONGROOM_DATA_DIR=" + dataDirectory());
        options.add("-DSTRONGROOM_ADMIN_PASSWORD=" + ADMIN_PASSWORD);
        options.add("-DSTRONGROOM_ACCESS_KEY_ID=" + ACCESS_KEY_ID);
        options.add("-DSTRONGROOM_SECRET_ACCESS_KEY=" + SECRET_ACCESS_KEY);
        // A fast expiry sweep, so that tests can watch imported material expire within seconds.
        options.add("-DSTRONGROOM_EXPIRY_SWEEP_SECONDS=" + EXPIRY_SWEEP_SECONDS);
        options.add("-DSTRONGROOM_METRICS_TOKEN=" + METRICS_TOKEN);
        // External key stores: the region trusts the session CA of the test XKS proxies.
        options.add("-DSTRONGROOM_XKS_TRUST_STORE=" + TestXksProxy.trustStore());
        options.add("-DSTRONGROOM_XKS_TIMEOUT_MILLIS=" + XKS_TIMEOUT_MILLIS);
        options.add("-DSTRONGROOM_XKS_HEALTH_SECONDS=" + XKS_HEALTH_SECONDS);
        return options;
    }

    /** A TCP port nothing listens on at the moment; Micro binds it a few seconds later. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests through Maven (mvn verify)");
        }
        return value;
    }

    private static Path existingFile(String property) {
        Path file = Path.of(requiredProperty(property)).toAbsolutePath();
        if (!file.toFile().isFile()) {
            throw new IllegalStateException(file + " does not exist; build it first (mvn install -DskipTests)");
        }
        return file;
    }
}
