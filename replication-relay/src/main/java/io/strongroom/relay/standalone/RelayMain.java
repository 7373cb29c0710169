package io.strongroom.relay.standalone;

import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.ReplicationRelay;
import java.io.IOException;
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
import java.util.logging.Logger;

/**
 * {@code bin/replication-relay}: reads the routing file ({@code RELAY_CONFIG}, default
 * {@code ./relay.json}), listens on {@code RELAY_PORT} (else the file's port, else 8090) and relays
 * in the foreground, logging one line per exchange with sizes, regions, status and duration only.
 */
public final class RelayMain {

    public static final String CONFIG = "RELAY_CONFIG";
    public static final String PORT = "RELAY_PORT";

    /** Held so that the log settings made here are not lost with a collected logger. */
    private static final Logger RELAY_LOG = Logger.getLogger(ReplicationRelay.LOGGER_NAME);

    private RelayMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(setting(CONFIG).orElse("relay.json")).toAbsolutePath().normalize();
        RelayConfiguration configuration;
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("no routing file " + file + " (set " + CONFIG + "; the README shows the format)");
            }
            RelayConfiguration.Builder builder = ConfigurationFile.read(file);
            Optional<String> port = setting(PORT);
            if (port.isPresent()) {
                builder.port(portNumber(port.get()));
            }
            configuration = builder.build();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("replication-relay: " + e.getMessage());
            System.exit(2);
            return;
        }
        enableExchangeLog();
        ReplicationRelay relay = ReplicationRelay.start(configuration);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            relay.close();
            stopped.countDown();
        }, "replication-relay-shutdown"));
        describe(System.out, file, relay);
        stopped.await();
    }

    static void describe(PrintStream out, Path file, ReplicationRelay relay) {
        out.println("Replication relay listening on " + relay.endpoint() + " ("
                + relay.configuration().bindAddress().getHostAddress() + "), routes from " + file + ":");
        relay.routes().forEach((region, endpoint) -> out.println("  " + region + " -> " + endpoint + "/replication/v1/messages"));
        out.println("Regions POST a message for region R to " + relay.endpoint() + "/relay/v1/R; health: "
                + relay.endpoint() + "/relay/v1/health");
    }

    private static void enableExchangeLog() {
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.FINE);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                String thrown = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
                return Instant.ofEpochMilli(record.getMillis()) + " " + formatMessage(record) + thrown + System.lineSeparator();
            }
        });
        RELAY_LOG.setUseParentHandlers(false);
        RELAY_LOG.setLevel(Level.FINE);
        RELAY_LOG.addHandler(handler);
    }

    private static int portNumber(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a port number, not '" + value + "'");
        }
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
