package io.strongroom.relay.standalone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.relay.RegionServer;
import io.strongroom.relay.RelayCaller;
import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.ReplicationRelay;
import io.strongroom.relay.ServerIdentity;
import io.strongroom.relay.TestPki;
import io.strongroom.relay.TwoRegions;
import io.strongroom.relay.http.TlsContexts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone relay's routing file, read as bin/replication-relay reads it. */
class ConfigurationFileTest {

    @TempDir
    Path dir;

    @Test
    void readsRoutesAndSettings() throws IOException {
        Path file = write("""
                { "bindAddress": "0.0.0.0", "port": 9090, "maxMessageBytes": 1024, "threads": 3,
                  "connectTimeoutSeconds": 2, "requestTimeoutSeconds": 7,
                  "routes": { "us-east-1": "http://localhost:8080/", "eu-west-1": "https://kms.eu.example:8443/strongroom" } }
                """);

        RelayConfiguration configuration = ConfigurationFile.read(file).build();

        assertEquals(Map.of("us-east-1", URI.create("http://localhost:8080"),
                "eu-west-1", URI.create("https://kms.eu.example:8443/strongroom")), configuration.routes());
        assertEquals(InetAddress.getByName("0.0.0.0"), configuration.bindAddress());
        assertEquals(9090, configuration.port());
        assertEquals(1024, configuration.maxMessageBytes());
        assertEquals(3, configuration.threads());
        assertEquals(Duration.ofSeconds(2), configuration.connectTimeout());
        assertEquals(Duration.ofSeconds(7), configuration.requestTimeout());
        assertTrue(configuration.serverIdentity().isEmpty());
        assertEquals(List.of(), configuration.regionTrustAnchors());
        assertEquals(false, configuration.recordMessages());
    }

    @Test
    void onlyRoutesAreRequired() throws IOException {
        RelayConfiguration configuration = ConfigurationFile.read(write("""
                { "routes": { "us-east-1": "http://localhost:8080" } }""")).build();

        assertEquals(ConfigurationFile.DEFAULT_PORT, configuration.port());
        assertEquals(InetAddress.getByName("127.0.0.1"), configuration.bindAddress());
        assertEquals(RelayConfiguration.DEFAULT_MAX_MESSAGE_BYTES, configuration.maxMessageBytes());
    }

    @Test
    void tlsFilesRelativeToTheFileServeHttpsAndReachAnHttpsRegion() throws Exception {
        TestPki pki = new TestPki("Partition CA");
        ServerIdentity relayIdentity = pki.issueLocalhost();
        Files.createDirectories(dir.resolve("tls"));
        TestPki.writeCertificates(dir.resolve("tls/relay-chain.pem"), relayIdentity.chain());
        TestPki.writePrivateKey(dir.resolve("tls/relay-key.pem"), relayIdentity.privateKey());
        TestPki.writeCertificates(dir.resolve("regions-ca.pem"), List.of(pki.caCertificate()));
        try (RegionServer region = RegionServer.startTls("ap-southeast-2", pki.issueLocalhost())) {
            Path file = write("""
                    { "routes": { "ap-southeast-2": "%s" },
                      "regionTrustAnchors": "regions-ca.pem",
                      "tls": { "certificateChain": "tls/relay-chain.pem", "privateKey": "tls/relay-key.pem" } }
                    """.formatted(region.endpoint()));
            byte[] message = TwoRegions.randomMessage(300);

            try (ReplicationRelay relay = ReplicationRelay.start(ConfigurationFile.read(file).port(0).build())) {
                HttpResponse<byte[]> response = new RelayCaller(relay.endpoint(),
                        TlsContexts.client(List.of(pki.caCertificate()))).send("ap-southeast-2", message);

                assertEquals(200, response.statusCode());
                assertArrayEquals(message, region.bodies().get(0));
                assertEquals(relayIdentity.chain(), relay.configuration().serverIdentity().orElseThrow().chain());
            }
        }
    }

    @Test
    void mistakesAreRefusedNamingWhatIsWrong() throws IOException {
        assertRefused("{ \"routes\": {}, \"rotues\": {} }", "unknown setting 'rotues'");
        assertRefused("{ \"port\": 8090 }", "'routes' is missing");
        assertRefused("{ \"routes\": { \"US-EAST-1\": \"http://localhost:8080\" } }", "not a region name");
        assertRefused("{ \"routes\": { \"us-east-1\": \"ftp://localhost\" } }", "must be an http or https URI");
        assertRefused("{ \"routes\": { \"us-east-1\": 8080 } }", "routes.us-east-1 must be an endpoint URI string");
        assertRefused("{ \"routes\": { \"us-east-1\": \"http://u:secret@localhost\" } }", "must not carry user info");
        assertRefused("{ \"routes\": {}, \"tls\": { \"certificate\": \"a.pem\" } }", "unknown setting 'tls.certificate'");
        assertRefused("[ \"routes\" ]", "is not a JSON object");
    }

    @Test
    void aKeyFileThatIsNotPkcs8SaysHowToConvertIt() throws IOException {
        Files.writeString(dir.resolve("key.pem"), "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n");
        TestPki pki = new TestPki("CA");
        TestPki.writeCertificates(dir.resolve("chain.pem"), pki.issueLocalhost().chain());

        assertRefused("{ \"routes\": {}, \"tls\": { \"certificateChain\": \"chain.pem\", \"privateKey\": \"key.pem\" } }",
                "openssl pkcs8 -topk8 -nocrypt");
    }

    private void assertRefused(String json, String expectedInMessage) throws IOException {
        Path file = write(json);
        IOException refused = assertThrows(IOException.class, () -> ConfigurationFile.read(file).build());
        assertTrue(refused.getMessage().contains(expectedInMessage), refused.getMessage());
        assertTrue(!refused.getMessage().contains("secret"), refused.getMessage());
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("relay.json"), json, StandardCharsets.UTF_8);
    }
}
