package io.strongroom.relay;

import static io.strongroom.relay.TwoRegions.randomMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.relay.http.TlsContexts;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TLS on both legs: to a region the relay trusts through a configured CA, and from a region to a relay serving HTTPS. */
class TlsTest {

    private static final String REGION = "eu-central-1";

    private final TestPki pki = new TestPki("Relay test CA");
    private final RegionServer region = RegionServer.startTls(REGION, pki.issueLocalhost());

    @AfterEach
    void stop() {
        region.close();
    }

    @Test
    void aRegionWhoseCertificateTheTrustAnchorIssuedIsReached() throws Exception {
        byte[] message = randomMessage(500);
        try (ReplicationRelay relay = ReplicationRelay.start(RelayConfiguration.builder()
                .route(REGION, region.endpoint()).regionTrustAnchor(pki.caCertificate()).build())) {

            HttpResponse<byte[]> response = new RelayCaller(relay.endpoint()).send(REGION, message);

            assertEquals(200, response.statusCode());
            assertArrayEquals(RegionServer.concat(region.prefix(), message), response.body());
            assertArrayEquals(message, region.bodies().get(0));
        }
    }

    @Test
    void aRegionWithACertificateFromAnotherCaIsUnreachable() throws Exception {
        TestPki other = new TestPki("Some other CA");
        try (ReplicationRelay trustingOther = ReplicationRelay.start(RelayConfiguration.builder()
                .route(REGION, region.endpoint()).regionTrustAnchor(other.caCertificate()).build());
             ReplicationRelay trustingDefaults = ReplicationRelay.start(RelayConfiguration.builder()
                     .route(REGION, region.endpoint()).build())) {

            assertEquals(502, new RelayCaller(trustingOther.endpoint()).send(REGION, randomMessage(10)).statusCode());
            assertEquals(502, new RelayCaller(trustingDefaults.endpoint()).send(REGION, randomMessage(10)).statusCode());
            assertEquals(List.of(), region.received());
        }
    }

    @Test
    void aRelayServingHttpsIsReachedByCallersThatTrustItsCa() throws Exception {
        byte[] message = randomMessage(500);
        try (ReplicationRelay relay = ReplicationRelay.start(RelayConfiguration.builder()
                .serverIdentity(pki.issueLocalhost())
                .route(REGION, region.endpoint()).regionTrustAnchor(pki.caCertificate()).build())) {
            assertTrue(relay.endpoint().toString().startsWith("https://localhost:"));

            HttpResponse<byte[]> response = new RelayCaller(relay.endpoint(), TlsContexts.client(List.of(pki.caCertificate())))
                    .send(REGION, message);

            assertEquals(200, response.statusCode());
            assertArrayEquals(message, region.bodies().get(0));
            RelayCaller untrusting = new RelayCaller(relay.endpoint(),
                    TlsContexts.client(List.of(new TestPki("Unrelated CA").caCertificate())));
            assertThrows(UncheckedIOException.class, () -> untrusting.send(REGION, message));
            assertEquals(1, region.received().size());
        }
    }
}
