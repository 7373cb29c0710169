package io.strongroom.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A region of its own for tests that stop and start Payara Micro: its own database (created in the
 * run's embedded PostgreSQL), data directory and port, so that no other node sweeps or serves it
 * while it is down and the shared {@link RunningRegion} and Arquillian's Micro are not disturbed.
 * Same WAR, same configuration as every other region of the run ({@link TestRegion#jvmOptions}).
 */
public final class PrivateRegion implements AutoCloseable {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);

    private final String name;
    private final Path directory;
    private final String jdbcUrl;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private Process micro;
    private URI baseUri;
    private int boots;

    private PrivateRegion(String name, Path directory, String jdbcUrl) {
        this.name = name;
        this.directory = directory;
        this.jdbcUrl = jdbcUrl;
    }

    /** Creates the region's empty database and directory; nothing runs until {@link #start()}. */
    public static PrivateRegion create(String name) throws IOException, SQLException {
        TestDatabase.start();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        Path directory = Files.createDirectories(TestRegion.workDirectory().resolve(name));
        Files.createDirectories(directory.resolve("data"));
        String shared = TestDatabase.jdbcUrl();
        return new PrivateRegion(name, directory, shared.substring(0, shared.lastIndexOf('/') + 1) + name);
    }

    /**
     * A setting this region runs with instead of (or beside) the run's configuration, e.g.
     * STRONGROOM_REGION for a second region; it applies from the next {@link #start()}.
     */
    public PrivateRegion setting(String name, String value) {
        settings.put(name, value);
        return this;
    }

    /** A superuser connection to this region's database. */
    public Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl, TestRegion.DB_USER, TestRegion.DB_PASSWORD);
    }

    /** Boots Micro (again) and waits until /health answers 200; returns the base URI. */
    public URI start() throws IOException, InterruptedException {
        if (micro != null) {
            throw new IllegalStateException(name + " is already running");
        }
        int port = TestRegion.freePort();
        Path log = directory.resolve("micro-" + (++boots) + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : TestRegion.jvmOptions(jdbcUrl)) {
            String name = option.startsWith("-D") && option.contains("=") ? option.substring(2, option.indexOf('=')) : "";
            if (!settings.containsKey(name)) {
                command.add(name.equals("STRONGROOM_DATA_DIR") ? "-DSTRONGROOM_DATA_DIR=" + directory.resolve("data") : option);
            }
        }
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", TestRegion.microJar().toString(),
                "--nocluster", "--port", String.valueOf(port), "--addlibs", TestRegion.jdbcDriver().toString(),
                "--prebootcommandfile", TestRegion.prebootCommands().toString(),
                "--contextroot", "/", "--deploy", TestRegion.microWar().toString()));
        micro = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        baseUri = URI.create("http://localhost:" + port + "/");
        awaitHealthy(log);
        return baseUri;
    }

    /** Stops Micro the way an operator's SIGTERM does; the database keeps everything. */
    public void stop() throws InterruptedException {
        if (micro == null) {
            return;
        }
        micro.destroy();
        if (!micro.waitFor(30, TimeUnit.SECONDS)) {
            micro.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        micro = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitHealthy(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(baseUri.resolve("health")).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!micro.isAlive()) {
                throw new IllegalStateException(name + ": Payara Micro exited with " + micro.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            }
            Thread.sleep(500);
        }
        stop();
        throw new IllegalStateException(name + " not healthy (last: " + last + "); see " + log);
    }
}
