package io.strongroom.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Payara Micro running inside the launcher's JVM with the Strongroom WAR at context root
 * {@code /} (the AWS KMS API is {@code POST /}). In-process, so the system properties the
 * launcher sets (database URL and credentials) reach the application's MicroProfile Config.
 */
final class ApplicationServer implements AutoCloseable {

    private final PayaraMicroRuntime runtime;
    private volatile boolean stopped;

    private ApplicationServer(PayaraMicroRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Boots a single, non-clustered instance with the WAR deployed; fails if the deployment fails.
     *
     * @param runtimeDir Micro's working directory (generated config, exploded application);
     *                   recreated on every start so nothing stale survives an upgrade
     */
    static ApplicationServer boot(int httpPort, Path war, Path runtimeDir) throws BootstrapException, IOException {
        deleteRecursively(runtimeDir);
        Files.createDirectories(runtimeDir);
        Path logging = runtimeDir.resolve("logging.properties");
        try (InputStream in = ApplicationServer.class.getResourceAsStream("logging.properties")) {
            Files.copy(in, logging, StandardCopyOption.REPLACE_EXISTING);
        }
        // Micro deploys an archive named ROOT at context root "/"; a copy also keeps a rebuild
        // of the WAR from changing the running application underneath it.
        Path rootWar = Files.copy(war, runtimeDir.resolve("ROOT.war"));
        PayaraMicroRuntime runtime = PayaraMicro.getInstance()
                .setRootDir(runtimeDir.toFile())
                .setLogPropertiesFile(logging.toFile())
                .setNoCluster(true)
                // With clustering off Micro still runs a local data grid under the default name,
                // and a Payara Server on the same host was seen joining it; a name of its own
                // keeps this region's grid (EJB timers, caches) to itself.
                .setPreBootHandler(admin -> {
                    admin.run("set", "hazelcast-runtime-configuration.cluster-group-name=strongroom-" + UUID.randomUUID());
                    // Payara's MicroProfile Health would claim /health inside the root-context
                    // application; the application answers it itself (see HealthResource).
                    admin.run("set-microprofile-healthcheck-configuration", "--enabled=false");
                })
                .setHttpPort(httpPort)
                // Fail rather than silently take the next port: the printed URLs must be right.
                .setHttpAutoBind(false)
                .setPrintLogo(false)
                .addDeploymentFile(rootWar.toFile())
                .bootStrap();
        ApplicationServer server = new ApplicationServer(runtime);
        if (runtime.getDeployedApplicationNames().isEmpty()) {
            server.close();
            throw new IllegalStateException("deployment of " + war + " failed (see the log above)");
        }
        return server;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            runtime.shutdown();
        } catch (BootstrapException | RuntimeException e) {
            // Payara's own shutdown hook may already be stopping it; nothing more to do here.
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
