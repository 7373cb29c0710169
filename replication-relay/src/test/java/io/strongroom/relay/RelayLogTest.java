package io.strongroom.relay;

import static io.strongroom.relay.TwoRegions.WEST;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.relay.tamper.Reorder;
import io.strongroom.relay.tamper.Tampers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's log holds sizes, regions, status codes and durations, never message bytes: every
 * path a message can take (delivered, refused, lost, tampered with) is driven with a message full
 * of a recognisable secret, and every record, at every level, is searched for it.
 */
class RelayLogTest {

    private static final Logger RELAY_LOG = Logger.getLogger(ReplicationRelay.LOGGER_NAME);
    private static final byte[] SECRET = "mrk-material:5f1c9a0e7b3d42c8a6e1f09b7d3c5a21".getBytes(StandardCharsets.US_ASCII);

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;
    private TwoRegions regions;

    @BeforeEach
    void captureTheRelayLog() {
        previousLevel = RELAY_LOG.getLevel();
        RELAY_LOG.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        RELAY_LOG.addHandler(capture);
        regions = new TwoRegions();
    }

    @AfterEach
    void restore() {
        regions.close();
        RELAY_LOG.removeHandler(capture);
        RELAY_LOG.setLevel(previousLevel);
    }

    @Test
    void noPathAMessageTakesLogsItsBytes() throws Exception {
        byte[] message = RegionServer.concat(SECRET, SECRET);
        regions.caller.send(WEST, message);                                   // delivered, echoed back
        regions.caller.send("ap-south-2", message);                           // unknown region
        regions.caller.send(WEST, repeated(RelayConfiguration.DEFAULT_MAX_MESSAGE_BYTES + 1)); // too large
        regions.relay.route("ap-south-1", java.net.URI.create("http://localhost:1")); // nothing listens on port 1
        regions.caller.send("ap-south-1", message);                           // region down
        for (Tamper tamper : List.of(Tampers.flipBit(Direction.REQUEST, 3), Tampers.flipRandomBit(Direction.RESPONSE),
                Tampers.replayPrevious(Direction.REQUEST), Tampers.redirectTo(TwoRegions.EAST),
                Tampers.truncate(Direction.RESPONSE, 10), Tampers.drop(Direction.REQUEST), Tampers.drop(Direction.RESPONSE),
                (Tamper) m -> m.direction() == Direction.RESPONSE ? Verdict.redirect(WEST) : Verdict.pass())) {
            regions.relay.hostile(tamper);
            regions.caller.send(WEST, message);
        }
        Reorder reorder = Tampers.reorder();
        regions.relay.hostile(reorder);
        CompletableFuture<?> held = CompletableFuture.runAsync(() -> regions.caller.send(WEST, message));
        assertTrue(reorder.awaitHolding(Duration.ofSeconds(30)));
        regions.caller.send(WEST, message);
        held.get();

        List<String> logged = records.stream().map(RelayLogTest::everything).toList();
        assertTrue(logged.size() >= 14, "one record per exchange at least: " + logged);
        assertTrue(logged.stream().anyMatch(line -> line.contains("to eu-west-1; request 90 B; region answered 200 with 100 B")),
                String.join("\n", logged));
        for (String line : logged) {
            for (String form : forbiddenForms()) {
                assertFalse(line.contains(form), "the log shows message bytes (" + form + "): " + line);
            }
        }
    }

    /** Message text, parameters and any exception with its stack trace, as a log file would hold them. */
    private static String everything(LogRecord record) {
        StringWriter text = new StringWriter();
        text.append(new SimpleFormatter().formatMessage(record));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(String.valueOf(parameter));
            }
        }
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(text));
        }
        return text.toString();
    }

    /** Any 8 bytes of the secret as text or hex, and the secret in base64 at each alignment. */
    private static List<String> forbiddenForms() {
        List<String> forms = new ArrayList<>();
        String text = new String(SECRET, StandardCharsets.US_ASCII);
        HexFormat hex = HexFormat.of();
        for (int start = 0; start + 8 <= SECRET.length; start++) {
            forms.add(text.substring(start, start + 8));
            String window = hex.formatHex(SECRET, start, start + 8);
            forms.add(window);
            forms.add(window.toUpperCase());
        }
        for (int offset = 0; offset < 3; offset++) {
            String encoded = Base64.getEncoder().encodeToString(RegionServer.concat(new byte[offset], SECRET));
            forms.add(encoded.substring(4, 16));
        }
        return forms;
    }

    private static byte[] repeated(int size) {
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = SECRET[i % SECRET.length];
        }
        return body;
    }
}
