package io.strongroom.relay;

import static io.strongroom.relay.TwoRegions.EAST;
import static io.strongroom.relay.TwoRegions.WEST;
import static io.strongroom.relay.TwoRegions.ascii;
import static io.strongroom.relay.TwoRegions.randomMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.relay.http.RouteTable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An honest relay between two regions over real loopback HTTP: bytes, status and body go through unchanged. */
class ForwardingTest {

    private final TwoRegions regions = new TwoRegions();

    @AfterEach
    void stop() {
        regions.close();
    }

    @Test
    void messagesCrossBothWaysByteForByte() {
        byte[] everyByteValue = new byte[256];
        for (int i = 0; i < 256; i++) {
            everyByteValue[i] = (byte) i;
        }
        byte[] large = randomMessage(60_000);

        HttpResponse<byte[]> toWest = regions.caller.send(WEST, everyByteValue);
        HttpResponse<byte[]> toEast = regions.caller.send(EAST, large);

        assertEquals(200, toWest.statusCode());
        assertArrayEquals(RegionServer.concat(regions.west.prefix(), everyByteValue), toWest.body());
        assertEquals(200, toEast.statusCode());
        assertArrayEquals(RegionServer.concat(regions.east.prefix(), large), toEast.body());
        RegionServer.Received atWest = regions.west.received().get(0);
        assertEquals("POST", atWest.method());
        assertEquals(RouteTable.MESSAGES_PATH, atWest.path());
        assertArrayEquals(everyByteValue, atWest.body());
        assertArrayEquals(large, regions.east.received().get(0).body());
        assertEquals(1, regions.west.received().size());
        assertEquals(1, regions.east.received().size());
    }

    @Test
    void theRegionsStatusBodyAndMediaTypeReachTheCallerUnchanged() {
        byte[] refusal = ascii("{\"__type\":\"ReplicationRejected\",\"reason\":\"BAD_SIGNATURE\"}");
        regions.west.answer(body -> new RegionServer.Reply(409, "application/json", refusal));

        HttpResponse<byte[]> response = regions.caller.send(WEST, ascii("{\"m\":1}"), "application/json");

        assertEquals(409, response.statusCode());
        assertArrayEquals(refusal, response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/json", regions.west.received().get(0).contentType().orElseThrow());
    }

    @Test
    void anEmptyAnswerStaysEmpty() {
        regions.west.answer(body -> new RegionServer.Reply(204, "application/octet-stream", new byte[0]));

        HttpResponse<byte[]> response = regions.caller.send(WEST, randomMessage(10));

        assertEquals(204, response.statusCode());
        assertEquals(0, response.body().length);
    }

    @Test
    void anUnknownRegionIs404AndReachesNoRegion() {
        HttpResponse<byte[]> unrouted = regions.caller.send("ap-south-2", randomMessage(10));
        HttpResponse<byte[]> malformed = regions.caller.send("US_EAST_1", randomMessage(10));

        assertEquals(404, unrouted.statusCode());
        assertEquals("{\"error\":\"UnknownRegion\",\"message\":\"the relay has no route to region ap-south-2\"}",
                new String(unrouted.body(), StandardCharsets.UTF_8));
        assertEquals("application/json", unrouted.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, malformed.statusCode());
        assertEquals("{\"error\":\"UnknownRegion\",\"message\":\"not a region name\"}",
                new String(malformed.body(), StandardCharsets.UTF_8));
        assertEquals(List.of(), regions.west.received());
        assertEquals(List.of(), regions.east.received());
    }

    @Test
    void aMessageOverTheLimitIs413AndReachesNoRegion() {
        regions.west.answer(body -> new RegionServer.Reply(200, "application/octet-stream", ascii("ok")));
        HttpResponse<byte[]> atLimit = regions.caller.send(WEST, randomMessage(RelayConfiguration.DEFAULT_MAX_MESSAGE_BYTES));
        HttpResponse<byte[]> overLimit = regions.caller.send(WEST,
                randomMessage(RelayConfiguration.DEFAULT_MAX_MESSAGE_BYTES + 1));

        assertEquals(200, atLimit.statusCode());
        assertEquals(413, overLimit.statusCode());
        assertTrue(new String(overLimit.body(), StandardCharsets.UTF_8).contains("\"error\":\"MessageTooLarge\""));
        assertEquals(1, regions.west.received().size());
    }

    @Test
    void anAnswerOverTheLimitIs502() {
        byte[] oversize = randomMessage(RelayConfiguration.DEFAULT_MAX_MESSAGE_BYTES + 1);
        regions.west.answer(body -> new RegionServer.Reply(200, "application/octet-stream", oversize));

        HttpResponse<byte[]> response = regions.caller.send(WEST, randomMessage(10));

        assertEquals(502, response.statusCode());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("\"error\":\"RegionUnreachable\""));
        assertEquals(1, regions.west.received().size());
    }

    @Test
    void aChunkedMessageOverTheLimitIs413Too() {
        byte[] oversize = randomMessage(RelayConfiguration.DEFAULT_MAX_MESSAGE_BYTES + 1);
        // A publisher of unknown length makes the client send the body chunked, without Content-Length.
        HttpResponse<byte[]> response = regions.caller.call(HttpRequest.newBuilder(
                regions.relay.messagesUri(WEST)).POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(oversize))));

        assertEquals(413, response.statusCode());
        assertEquals(List.of(), regions.west.received());
    }

    @Test
    void aRegionThatIsDownIs502() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        regions.relay.route("ap-south-1", URI.create("http://localhost:" + closedPort));

        HttpResponse<byte[]> response = regions.caller.send("ap-south-1", randomMessage(10));

        assertEquals(502, response.statusCode());
        assertEquals("{\"error\":\"RegionUnreachable\",\"message\":\"the region could not be reached\"}",
                new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aRouteAddedWhileRunningIsUsedForTheNextMessage() {
        try (RegionServer south = RegionServer.start("ap-south-1")) {
            byte[] message = randomMessage(100);
            assertEquals(404, regions.caller.send("ap-south-1", message).statusCode());

            regions.relay.route("ap-south-1", south.endpoint());

            assertEquals(200, regions.caller.send("ap-south-1", message).statusCode());
            assertArrayEquals(message, south.received().get(0).body());
            assertEquals(south.endpoint(), regions.relay.routes().get("ap-south-1"));
        }
    }

    @Test
    void anEndpointWithAPathPrefixKeepsIt() {
        regions.relay.route(WEST, URI.create(regions.west.endpoint() + "/strongroom/"));

        regions.caller.send(WEST, randomMessage(10));

        assertEquals("/strongroom" + RouteTable.MESSAGES_PATH, regions.west.received().get(0).path());
    }

    @Test
    void routesAreCheckedWhenGiven() {
        assertThrows(IllegalArgumentException.class, () -> regions.relay.route("eu_west_1", regions.west.endpoint()));
        assertThrows(IllegalArgumentException.class, () -> regions.relay.route(WEST, URI.create("http://localhost:1/?a=b")));
        IllegalArgumentException userInfo = assertThrows(IllegalArgumentException.class,
                () -> regions.relay.route(WEST, URI.create("http://admin:hunter2@localhost:1")));
        assertFalse(userInfo.getMessage().contains("hunter2"));
        assertEquals(regions.west.endpoint(), regions.relay.routes().get(WEST));
    }

    @Test
    void healthAndMethods() {
        HttpResponse<byte[]> health = regions.caller.call(HttpRequest.newBuilder(
                regions.relay.endpoint().resolve("/relay/v1/health")).GET());
        HttpResponse<byte[]> getMessages = regions.caller.call(HttpRequest.newBuilder(regions.relay.messagesUri(WEST)).GET());
        HttpResponse<byte[]> elsewhere = regions.caller.call(HttpRequest.newBuilder(
                regions.relay.endpoint().resolve("/relay/v1/eu-west-1/extra")).POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\"}", new String(health.body(), StandardCharsets.UTF_8));
        assertEquals(405, getMessages.statusCode());
        assertEquals("POST", getMessages.headers().firstValue("Allow").orElseThrow());
        assertEquals(404, elsewhere.statusCode());
        assertEquals(List.of(), regions.west.received());
    }

    @Test
    void theRecordingHoldsEveryRequestAndResponseAsTheyArrived() {
        byte[] message = randomMessage(32);
        regions.caller.send(WEST, message);

        List<RelayedMessage> recorded = regions.relay.recorded().toList();

        assertEquals(List.of(RelayedMessage.request(1, WEST, message),
                RelayedMessage.response(1, WEST, 200, RegionServer.concat(regions.west.prefix(), message))), recorded);
        assertTrue(regions.relay.recorded().anyMatch(relayed -> relayed.contains(message)));
        assertEquals(OptionalInt.of(200), recorded.get(1).status());
        regions.relay.clearRecorded();
        assertEquals(0, regions.relay.recorded().count());
    }

    @Test
    void aRelayThatDoesNotRecordSaysSoInsteadOfShowingNothing() throws IOException {
        try (ReplicationRelay plain = ReplicationRelay.start(RelayConfiguration.builder().build())) {
            assertThrows(IllegalStateException.class, plain::recorded);
        }
    }
}
