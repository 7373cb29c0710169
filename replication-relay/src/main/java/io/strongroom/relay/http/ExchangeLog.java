package io.strongroom.relay.http;

import io.strongroom.relay.ReplicationRelay;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per exchange with only what an operator may see of a replication message: region
 * names, sizes, status codes, what a tamper did, and the duration. Never a byte of a body.
 */
final class ExchangeLog {

    /** The relay's logger; the standalone command shows its FINE lines. */
    static final Logger LOG = Logger.getLogger(ReplicationRelay.LOGGER_NAME);

    private final long started = System.nanoTime();
    private final StringBuilder line;

    ExchangeLog(String destination) {
        this.line = new StringBuilder("to ").append(destination);
    }

    ExchangeLog exchange(long number) {
        line.insert(0, "exchange " + number + " ");
        return this;
    }

    /** Adds a fact, e.g. {@code request 812 B}. */
    ExchangeLog note(String fact) {
        line.append("; ").append(fact);
        return this;
    }

    void write(Level level) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String text = line.append("; ").append(millis).append(" ms").toString();
        LOG.log(level, text);
    }
}
