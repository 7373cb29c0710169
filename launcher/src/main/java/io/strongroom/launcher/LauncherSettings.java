package io.strongroom.launcher;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the launcher needs to know before anything starts, read once from system properties
 * and environment variables (system property wins, the same rule the application follows),
 * with the defaults of the design document.
 *
 * @param httpPort        {@code STRONGROOM_HTTP_PORT}, default 8080
 * @param dataDir         {@code STRONGROOM_DATA_DIR}, default {@code ./data} relative to the working directory
 * @param externalDbUrl   {@code STRONGROOM_DB_URL}; present means "use this database, start none"
 * @param embeddedDbPort  {@code STRONGROOM_DB_PORT}; the embedded PostgreSQL's port, else a free one
 * @param region          {@code STRONGROOM_REGION}, only shown in the start-up notice
 * @param war             the application WAR, system property {@code strongroom.war} set by bin/strongroom
 */
record LauncherSettings(int httpPort, Path dataDir, Optional<String> externalDbUrl,
                        OptionalInt embeddedDbPort, String region, Path war) {

    static final String HTTP_PORT = "STRONGROOM_HTTP_PORT";
    static final String DATA_DIR = "STRONGROOM_DATA_DIR";
    static final String REGION = "STRONGROOM_REGION";
    static final String DB_URL = "STRONGROOM_DB_URL";
    static final String DB_USER = "STRONGROOM_DB_USER";
    static final String DB_PASSWORD = "STRONGROOM_DB_PASSWORD";
    static final String DB_PORT = "STRONGROOM_DB_PORT";
    static final String WAR = "strongroom.war";

    static LauncherSettings read() {
        String war = setting(WAR).orElseThrow(() -> new IllegalArgumentException(
                "system property " + WAR + " must name the application WAR (bin/strongroom sets it)"));
        return new LauncherSettings(
                port(HTTP_PORT).orElse(8080),
                Path.of(setting(DATA_DIR).orElse("./data")).toAbsolutePath().normalize(),
                setting(DB_URL),
                port(DB_PORT),
                setting(REGION).orElse("us-east-1"),
                Path.of(war).toAbsolutePath().normalize());
    }

    /** A setting as the application will see it: system property first, then environment. */
    static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static OptionalInt port(String name) {
        Optional<String> raw = setting(name);
        if (raw.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int port = Integer.parseInt(raw.get());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a TCP port number (1-65535), got '" + raw.get() + "'");
        }
    }
}
