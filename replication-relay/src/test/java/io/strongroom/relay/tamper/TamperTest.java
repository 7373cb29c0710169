package io.strongroom.relay.tamper;

import static io.strongroom.relay.TwoRegions.EAST;
import static io.strongroom.relay.TwoRegions.WEST;
import static io.strongroom.relay.TwoRegions.ascii;
import static io.strongroom.relay.TwoRegions.randomMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.relay.Direction;
import io.strongroom.relay.RegionServer;
import io.strongroom.relay.RelayedMessage;
import io.strongroom.relay.TwoRegions;
import io.strongroom.relay.Verdict;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each ready-made attack does exactly what it says to messages crossing a real relay between two regions. */
class TamperTest {

    private final TwoRegions regions = new TwoRegions();

    @AfterEach
    void stop() {
        regions.close();
    }

    @Test
    void flipBitFlipsExactlyThatBitOfEveryRequest() {
        byte[] message = randomMessage(64);
        regions.relay.hostile(Tampers.flipBit(Direction.REQUEST, 203));

        HttpResponse<byte[]> response = regions.caller.send(WEST, message);

        byte[] expected = message.clone();
        expected[25] ^= 0x10; // bit 203 = byte 25, fourth bit from the most significant one
        assertArrayEquals(expected, regions.west.bodies().get(0));
        assertArrayEquals(RegionServer.concat(regions.west.prefix(), expected), response.body());
    }

    @Test
    void flipBitBeyondTheEndCountsOnFromTheStart() {
        regions.relay.hostile(Tampers.flipBit(Direction.REQUEST, 8 * 4 + 1));

        regions.caller.send(WEST, new byte[4]);

        assertArrayEquals(new byte[] {0x40, 0, 0, 0}, regions.west.bodies().get(0));
    }

    @Test
    void flipBitOnResponsesLeavesTheRequestAlone() {
        byte[] message = randomMessage(16);
        regions.relay.hostile(Tampers.flipBit(Direction.RESPONSE, 0));

        HttpResponse<byte[]> response = regions.caller.send(WEST, message);

        assertArrayEquals(message, regions.west.bodies().get(0));
        byte[] expected = RegionServer.concat(regions.west.prefix(), message);
        expected[0] ^= (byte) 0x80;
        assertArrayEquals(expected, response.body());
        assertEquals(200, response.statusCode());
    }

    @Test
    void aRandomBitFlipChangesOneBitAndSaysWhich() {
        byte[] message = randomMessage(200);
        RandomBitFlip flip = Tampers.flipRandomBit(Direction.REQUEST);
        regions.relay.hostile(flip);

        regions.caller.send(WEST, message);

        byte[] received = regions.west.bodies().get(0);
        int bit = Math.toIntExact(flip.flippedBits().get(0));
        assertEquals(1, differingBits(message, received));
        byte[] expected = message.clone();
        expected[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
        assertArrayEquals(expected, received);
    }

    @Test
    void replayPreviousDeliversTheEarlierMessageInPlaceOfTheNewOne() {
        byte[] first = ascii("session 1, message 1");
        byte[] second = ascii("session 2, message 1");
        byte[] toEast = ascii("for the other region");
        regions.relay.hostile(Tampers.replayPrevious(Direction.REQUEST));

        regions.caller.send(WEST, first);
        regions.caller.send(EAST, toEast);
        HttpResponse<byte[]> replayed = regions.caller.send(WEST, second);

        assertEquals(2, regions.west.received().size());
        assertArrayEquals(first, regions.west.bodies().get(0));
        assertArrayEquals(first, regions.west.bodies().get(1));
        assertArrayEquals(toEast, regions.east.bodies().get(0));
        assertArrayEquals(RegionServer.concat(regions.west.prefix(), first), replayed.body());
    }

    @Test
    void replayDeliversARecordedMessage() {
        byte[] earlier = ascii("recorded earlier");
        regions.caller.send(WEST, earlier);
        byte[] recorded = regions.relay.recorded().filter(m -> m.direction() == Direction.REQUEST).findFirst()
                .orElseThrow().body();
        regions.relay.hostile(Tampers.replay(Direction.REQUEST, recorded));

        regions.caller.send(WEST, ascii("fresh message"));

        assertArrayEquals(earlier, regions.west.bodies().get(1));
    }

    @Test
    void reorderDeliversTheHeldMessageAfterTheNextOne() throws Exception {
        byte[] first = ascii("message 1");
        byte[] second = ascii("message 2");
        Reorder reorder = Tampers.reorder();
        regions.relay.hostile(reorder);

        CompletableFuture<HttpResponse<byte[]>> held = CompletableFuture.supplyAsync(() -> regions.caller.send(WEST, first));
        assertTrue(reorder.awaitHolding(Duration.ofSeconds(30)));
        HttpResponse<byte[]> overtaking = regions.caller.send(WEST, second);
        HttpResponse<byte[]> late = held.get();

        assertEquals(2, regions.west.bodies().size());
        assertArrayEquals(second, regions.west.bodies().get(0));
        assertArrayEquals(first, regions.west.bodies().get(1));
        assertArrayEquals(RegionServer.concat(regions.west.prefix(), second), overtaking.body());
        assertArrayEquals(RegionServer.concat(regions.west.prefix(), first), late.body());
    }

    @Test
    void redirectDeliversToTheOtherRegion() {
        byte[] message = randomMessage(40);
        regions.relay.hostile(Tampers.redirectTo(EAST));

        HttpResponse<byte[]> response = regions.caller.send(WEST, message);

        assertEquals(List.of(), regions.west.received());
        assertArrayEquals(message, regions.east.bodies().get(0));
        assertArrayEquals(RegionServer.concat(regions.east.prefix(), message), response.body());
        assertEquals(EAST, regions.relay.recorded().filter(m -> m.direction() == Direction.RESPONSE).findFirst()
                .orElseThrow().destination());
    }

    @Test
    void truncateKeepsThePrefixAndAlwaysShortens() {
        byte[] message = randomMessage(100);
        regions.relay.hostile(Tampers.truncate(Direction.REQUEST, 37));
        regions.caller.send(WEST, message);
        regions.relay.hostile(Tampers.truncate(Direction.REQUEST, 1000));
        regions.caller.send(WEST, message);

        assertArrayEquals(Arrays.copyOf(message, 37), regions.west.bodies().get(0));
        assertArrayEquals(Arrays.copyOf(message, 99), regions.west.bodies().get(1));
    }

    @Test
    void aDroppedRequestNeverArrivesAndTheCallerGets502() {
        regions.relay.hostile(Tampers.drop(Direction.REQUEST));

        HttpResponse<byte[]> response = regions.caller.send(WEST, randomMessage(10));

        assertEquals(502, response.statusCode());
        assertTrue(new String(response.body()).contains("\"error\":\"RegionUnreachable\""));
        assertEquals(List.of(), regions.west.received());
    }

    @Test
    void aDroppedResponseArrivedButTheCallerGets502() {
        byte[] message = randomMessage(10);
        regions.relay.hostile(Tampers.drop(Direction.RESPONSE));

        HttpResponse<byte[]> response = regions.caller.send(WEST, message);

        assertEquals(502, response.statusCode());
        assertArrayEquals(message, regions.west.bodies().get(0));
    }

    @Test
    void onlyWhenNarrowsAnAttackAndHonestEndsIt() {
        byte[] message = randomMessage(10);
        regions.relay.hostile(Tampers.drop(Direction.REQUEST).onlyWhen(m -> m.exchange() == 2));

        assertEquals(200, regions.caller.send(WEST, message).statusCode());
        assertEquals(502, regions.caller.send(WEST, message).statusCode());
        assertEquals(200, regions.caller.send(WEST, message).statusCode());
        regions.relay.hostile(Tampers.flipBit(Direction.REQUEST, 0));
        regions.relay.honest();
        regions.caller.send(WEST, message);

        assertEquals(3, regions.west.received().size());
        assertArrayEquals(message, regions.west.bodies().get(2));
    }

    @Test
    void aVerdictThatDoesNotFitAResponseIs500() {
        regions.relay.hostile((RelayedMessage m) -> m.direction() == Direction.RESPONSE ? Verdict.redirect(EAST)
                : Verdict.pass());

        assertEquals(500, regions.caller.send(WEST, randomMessage(10)).statusCode());
    }

    private static int differingBits(byte[] a, byte[] b) {
        int bits = 0;
        for (int i = 0; i < a.length; i++) {
            bits += Integer.bitCount((a[i] ^ b[i]) & 0xff);
        }
        return bits;
    }
}
