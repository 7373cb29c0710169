package io.strongroom.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalInt;

/**
 * A real PostgreSQL server (binaries shipped as Maven artifacts) whose data directory lives in
 * the region's data directory and survives restarts, so the one-command start needs no database
 * installed. It is hardened beyond the library's test-oriented defaults: durable commits, and
 * password authentication instead of "trust" once the first start has set a generated password.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "strongroom";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts PostgreSQL on {@code <dataDir>/postgres} (initialised on first use), logging to
     * {@code <dataDir>/postgres.log}, and makes sure the application's database exists.
     */
    static EmbeddedDatabase start(Path dataDir, OptionalInt port) throws IOException, SQLException {
        Path pgData = dataDir.resolve("postgres");
        String password = password(dataDir.resolve("postgres.password"), pgData);
        Path log = dataDir.resolve("postgres.log");
        if (!Files.exists(log)) {
            DataDirectory.writeOwnerOnly(log, "");
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .setConnectConfig("password", password)
                // The library tunes PostgreSQL for throw-away test databases (fsync and
                // synchronous_commit off); a key store must not lose acknowledged writes.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100");
        port.ifPresent(builder::setPort);
        EmbeddedPostgres postgres = builder.start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
        try {
            database.requirePassword(pgData.resolve("pg_hba.conf"));
            database.createApplicationDatabase();
        } catch (IOException | SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    String password() {
        return password;
    }

    /**
     * initdb leaves "trust" authentication, which would let any local user in. On the first
     * start the superuser gets the generated password and every rule switches to SCRAM.
     */
    private void requirePassword(Path pgHba) throws IOException, SQLException {
        String rules = Files.readString(pgHba);
        String scramRules = withScramInsteadOfTrust(rules);
        if (scramRules.equals(rules)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            // ALTER ROLE takes no bind parameters; the password is base64url, so quoting is safe.
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            Files.writeString(pgHba, scramRules);
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    /** pg_hba.conf rules with every "trust" method replaced by "scram-sha-256"; comments untouched. */
    static String withScramInsteadOfTrust(String rules) {
        return rules.replaceAll("(?m)^([^#\\n]*\\s)trust[ \\t]*$", "$1scram-sha-256");
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, DATABASE);
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        }
    }

    /** The superuser password: generated on the first start, kept owner-only beside the database. */
    private static String password(Path file, Path pgData) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file).trim();
        }
        if (Files.exists(pgData.resolve("PG_VERSION"))) {
            throw new IllegalStateException(file + " is missing: the embedded database in " + pgData
                    + " only accepts the password that file held");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        DataDirectory.writeOwnerOnly(file, password);
        return password;
    }

    /** Stops the server with a fast shutdown: open sessions are ended, committed data is kept. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
