package io.strongroom.xksproxy.standalone;

import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.XksProxyConfiguration;
import io.strongroom.xksproxy.XksProxyServer;
import io.strongroom.xksproxy.http.XksRequestHandler;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;

/**
 * {@code bin/xks-proxy}: reads the data dir ({@code XKS_PROXY_DATA_DIR}, default {@code ./xks-data}),
 * preparing it on first start, starts the proxy in the foreground and prints how to point
 * Strongroom at it. The generated secret is printed on first start only; no secret is logged.
 */
public final class XksProxyMain {

    public static final String DATA_DIR = "XKS_PROXY_DATA_DIR";
    public static final String PORT = "XKS_PROXY_PORT";

    private XksProxyMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(setting(DATA_DIR).orElse("xks-data")).toAbsolutePath().normalize();
        int firstStartPort = Integer.parseInt(setting(PORT).orElse("8443"));
        Optional<XksCredential> generated = Optional.empty();
        if (!Files.exists(dataDir.resolve(ConfigurationFile.NAME))) {
            generated = Optional.of(FirstStart.prepare(dataDir, firstStartPort));
        }
        XksProxyConfiguration configuration = ConfigurationFile.read(dataDir);
        enableAccessLog();
        XksProxyServer server = XksProxyServer.start(configuration);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "xks-proxy-shutdown"));
        describe(System.out, dataDir, server, generated);
        stopped.await();
    }

    static void describe(PrintStream out, Path dataDir, XksProxyServer server, Optional<XksCredential> generated) {
        XksProxyConfiguration configuration = server.configuration();
        String endpoint = "https://localhost:" + server.port();
        out.println("XKS proxy listening on " + endpoint + " (" + configuration.bindAddress().getHostAddress()
                + ", TLS 1.3/1.2, mTLS " + (configuration.mutualTls() ? "required" : "off") + ", region "
                + configuration.region() + ")");
        out.println("Data dir: " + dataDir + " (configuration: " + ConfigurationFile.NAME + ")");
        out.println("CA certificate Strongroom must trust: " + dataDir.resolve(DataDirFiles.DEFAULT.caCertificate()));
        for (LogicalKeyStore store : configuration.stores()) {
            out.println("Store " + store.uriPath() + ": keys "
                    + store.keys().stream().map(XksKey::keyId).collect(Collectors.joining(", "))
                    + "; access key ids " + store.credentials().stream().map(XksCredential::accessKeyId)
                    .collect(Collectors.joining(", ")));
        }
        generated.ifPresent(credential -> {
            out.println();
            out.println("Generated credential (shown this once; it is kept in " + ConfigurationFile.NAME + ", mode 600):");
            out.println("  AccessKeyId:        " + credential.accessKeyId());
            out.println("  RawSecretAccessKey: " + credential.secretAccessKey());
        });
        LogicalKeyStore first = configuration.stores().get(0);
        XksCredential credential = generated.orElse(null);
        out.println();
        out.println("Point Strongroom at it (start Strongroom with STRONGROOM_XKS_TRUST_STORE="
                + dataDir.resolve(DataDirFiles.DEFAULT.caCertificate()) + "):");
        out.println("  aws kms create-custom-key-store --endpoint-url http://localhost:8080 \\");
        out.println("    --custom-key-store-name example-xks --custom-key-store-type EXTERNAL_KEY_STORE \\");
        out.println("    --xks-proxy-connectivity PUBLIC_ENDPOINT --xks-proxy-uri-endpoint " + endpoint + " \\");
        out.println("    --xks-proxy-uri-path " + first.uriPath() + " \\");
        out.println("    --xks-proxy-authentication-credential AccessKeyId="
                + (credential == null ? first.credentials().get(0).accessKeyId() : credential.accessKeyId())
                + ",RawSecretAccessKey=" + (credential == null ? "<the secret from " + ConfigurationFile.NAME + ">"
                : credential.secretAccessKey()));
    }

    private static void enableAccessLog() {
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.FINE);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return Instant.ofEpochMilli(record.getMillis()) + " " + formatMessage(record) + System.lineSeparator();
            }
        });
        XksRequestHandler.ACCESS_LOG.setUseParentHandlers(false);
        XksRequestHandler.ACCESS_LOG.setLevel(Level.FINE);
        XksRequestHandler.ACCESS_LOG.addHandler(handler);
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
