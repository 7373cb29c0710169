package io.strongroom.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Two regions, us-east-1 and eu-west-1, that reach each other only through a recording relay on a
 * free loopback port. A test class makes one per test and closes it afterwards.
 */
public final class TwoRegions implements AutoCloseable {

    public static final String EAST = "us-east-1";
    public static final String WEST = "eu-west-1";

    public final RegionServer east = RegionServer.start(EAST);
    public final RegionServer west = RegionServer.start(WEST);
    public final ReplicationRelay relay;
    public final RelayCaller caller;

    public TwoRegions() {
        this(RelayConfiguration.builder());
    }

    /** With these settings, plus both routes, recording and a small pool. */
    public TwoRegions(RelayConfiguration.Builder configuration) {
        try {
            relay = ReplicationRelay.start(configuration.route(EAST, east.endpoint()).route(WEST, west.endpoint())
                    .recordMessages(true).threads(6).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        caller = new RelayCaller(relay.endpoint());
    }

    /** {@code size} random bytes. */
    public static byte[] randomMessage(int size) {
        byte[] message = new byte[size];
        new Random().nextBytes(message);
        return message;
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        relay.close();
        east.close();
        west.close();
    }
}
