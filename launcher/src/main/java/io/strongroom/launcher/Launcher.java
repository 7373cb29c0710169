package io.strongroom.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code bin/strongroom start}: one Strongroom region in the foreground. Starts an embedded
 * PostgreSQL unless {@code STRONGROOM_DB_URL} names a database, boots Payara Micro with the
 * application, prints where to reach it (and any credentials a first start generated), and
 * on Ctrl-C stops the server before the database it writes to.
 */
public final class Launcher {

    /** Captured before Payara Micro redirects System.out into its logging. */
    private static final PrintStream CONSOLE =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    /** Set as each part comes up, read by the shutdown hook (which may run at any point). */
    private static volatile EmbeddedDatabase database;
    private static volatile ApplicationServer server;

    private Launcher() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        // The embedded-database library logs each step at INFO; only its problems matter here.
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
        // Registered first so that Ctrl-C at any moment stops whatever has started so far.
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "strongroom-stop"));
        try {
            LauncherSettings settings = LauncherSettings.read();
            if (!Files.isRegularFile(settings.war())) {
                throw new IllegalArgumentException("application WAR not found: " + settings.war());
            }
            Path dataDir = DataDirectory.prepare(settings.dataDir());
            // The application resolves the same directory even if started from elsewhere.
            System.setProperty(LauncherSettings.DATA_DIR, dataDir.toString());
            if (settings.externalDbUrl().isEmpty()) {
                startDatabase(settings, dataDir);
            }
            // One runtime directory per HTTP port: two nodes sharing a data directory never share it.
            Path runtimeDir = dataDir.resolve("runtime").resolve(Integer.toString(settings.httpPort()));
            server = ApplicationServer.boot(settings.httpPort(), settings.war(), runtimeDir);
            announce(settings, dataDir, (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            CONSOLE.println("Strongroom did not start: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            System.exit(1);
        }
    }

    private static void startDatabase(LauncherSettings settings, Path dataDir) throws Exception {
        long started = System.nanoTime();
        database = EmbeddedDatabase.start(dataDir, settings.embeddedDbPort());
        System.setProperty(LauncherSettings.DB_URL, database.jdbcUrl());
        System.setProperty(LauncherSettings.DB_USER, EmbeddedDatabase.USER);
        System.setProperty(LauncherSettings.DB_PASSWORD, database.password());
        CONSOLE.printf("Embedded PostgreSQL started on port %d in %d ms (data: %s)%n",
                database.port(), (System.nanoTime() - started) / 1_000_000, dataDir.resolve("postgres"));
    }

    /** The server first, so no request is left writing to a database that is going away. */
    private static void stop() {
        ApplicationServer runningServer = server;
        if (runningServer != null) {
            runningServer.close();
        }
        EmbeddedDatabase runningDatabase = database;
        if (runningDatabase != null) {
            try {
                runningDatabase.close();
            } catch (IOException | RuntimeException e) {
                CONSOLE.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                return;
            }
        }
        if (runningServer != null || runningDatabase != null) {
            CONSOLE.println("Strongroom stopped.");
        }
    }

    private static void announce(LauncherSettings settings, Path dataDir, long elapsedMillis) throws IOException {
        String base = "http://localhost:" + settings.httpPort();
        CONSOLE.println();
        CONSOLE.printf("Strongroom region %s is running (started in %.1f s).%n", settings.region(), elapsedMillis / 1000.0);
        CONSOLE.println("  Console:           " + base + "/console/");
        CONSOLE.println("  AWS KMS endpoint:  " + base + "/   (e.g. aws kms list-keys --endpoint-url " + base + ")");
        CONSOLE.println("  Health:            " + base + "/health");
        CONSOLE.println("  Data directory:    " + dataDir);
        firstStartCredentials(dataDir).ifPresent(credentials -> {
            CONSOLE.println();
            CONSOLE.println("Generated on this first start; shown only this once, store them now:");
            credentials.lines().forEach(line -> CONSOLE.println("  " + line));
        });
        CONSOLE.println();
        CONSOLE.println("Press Ctrl-C to stop.");
    }

    /** Reads and deletes the file the application leaves when it generated bootstrap credentials. */
    private static Optional<String> firstStartCredentials(Path dataDir) throws IOException {
        Path file = dataDir.resolve("first-start-credentials");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String content = Files.readString(file).strip();
        Files.delete(file);
        return content.isEmpty() ? Optional.empty() : Optional.of(content);
    }
}
