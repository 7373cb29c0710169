package io.strongroom.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one embedded PostgreSQL of a test run, in the test JVM and outside every deployment, started
 * by {@link TestSession} before any Payara Micro. It publishes the Micro JVM options that point at
 * it (system property {@code strongroom.it.microJvmOptions}, read by {@code arquillian.xml}) and
 * gives tests a direct JDBC connection.
 */
public final class TestDatabase {

    private static final Object LOCK = new Object();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** Starts the database (once) and publishes the Micro JVM options that point at it. */
    public static void start() {
        synchronized (LOCK) {
            if (postgres != null) {
                return;
            }
            try {
                Path work = TestRegion.workDirectory();
                deleteRecursively(work);
                Files.createDirectories(TestRegion.dataDirectory());
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(work.resolve("postgres"))
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            System.setProperty("strongroom.it.microJvmOptions", String.join(" ", TestRegion.jvmOptions(jdbcUrl())));
            // Arquillian's Micro listens on a port found free now (a fixed one may be taken by a region someone runs).
            System.setProperty("strongroom.it.containerPort", String.valueOf(TestRegion.freePort()));
        }
    }

    public static String jdbcUrl() {
        if (postgres == null) {
            throw new IllegalStateException("TestDatabase has not been started");
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** A superuser connection to the region's database (embedded PostgreSQL trusts local connections). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), TestRegion.DB_USER, TestRegion.DB_PASSWORD);
    }

    /** The same database as a data source, for {@link SqlRows} in client-side tests. */
    public static DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(TestRegion.DB_USER);
        dataSource.setPassword(TestRegion.DB_PASSWORD);
        return dataSource;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Stops the database; the next {@link #start()} begins a fresh region. */
    public static void stop() {
        synchronized (LOCK) {
            if (postgres == null) {
                return;
            }
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
            } finally {
                postgres = null;
            }
        }
    }
}
