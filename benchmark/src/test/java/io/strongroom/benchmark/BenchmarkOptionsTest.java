package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    private static final Map<String, String> ENV = Map.of(
            "STRONGROOM_ACCESS_KEY_ID", "AKIDBENCH", "STRONGROOM_SECRET_ACCESS_KEY", "not-printed-secret");

    private static BenchmarkOptions parse(Map<String, String> properties, String... args) {
        return BenchmarkOptions.parse(args, properties::get, ENV::get);
    }

    @Test
    void defaultsMatchTheDocumentedRun() {
        BenchmarkOptions options = parse(Map.of());
        assertEquals(URI.create("http://127.0.0.1:8080"), options.endpoint());
        assertEquals("AKIDBENCH", options.accessKeyId());
        assertEquals("us-east-1", options.region());
        assertEquals(32, options.clients());
        assertEquals(Duration.ofSeconds(10), options.totalWarmUp());
        assertEquals(Duration.ofSeconds(15), options.perScenario());
        assertEquals(Duration.ofSeconds(2), options.warmUpPerScenario(5));
    }

    @Test
    void flagsBeatSystemPropertiesWhichBeatTheEnvironment() {
        BenchmarkOptions options = parse(
                Map.of("strongroom.benchmark.clients", "8", "strongroom.benchmark.access-key", "AKIDPROP"),
                "--clients", "16", "--endpoint=http://localhost:9090", "--duration", "2.5");
        assertEquals(16, options.clients());
        assertEquals("AKIDPROP", options.accessKeyId());
        assertEquals(URI.create("http://localhost:9090"), options.endpoint());
        assertEquals(Duration.ofMillis(2500), options.perScenario());
    }

    @Test
    void quickIsASmokeRunOfAFewSeconds() {
        BenchmarkOptions options = parse(Map.of(), "--quick");
        assertEquals(Duration.ofSeconds(2), options.perScenario());
        assertEquals(Duration.ofSeconds(5), options.totalWarmUp());
        assertEquals(32, options.clients());
    }

    @Test
    void onlyPicksOneGroupAndTheXksGroupTakesItsCaDirectory() {
        BenchmarkOptions all = parse(Map.of());
        assertTrue(all.groups().load() && all.groups().imports() && all.groups().xks());
        assertTrue(all.xksCertificateAuthority().isEmpty());
        assertEquals(8, all.xksClients());
        assertEquals(32, parse(Map.of(), "--xks-clients", "32").xksClients());
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--xks-clients", "0"));
        BenchmarkOptions xks = parse(Map.of(), "--only", "xks", "--xks-ca", "/tmp/ca");
        assertFalse(xks.groups().load() || xks.groups().imports());
        assertTrue(xks.groups().xks());
        assertEquals(java.nio.file.Path.of("/tmp/ca"), xks.xksCertificateAuthority().orElseThrow());
        assertFalse(parse(Map.of(), "--only", "load").groups().xks());
        assertFalse(parse(Map.of(), "--only", "import").groups().xks());
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--only", "xls"));
    }

    @Test
    void theSecretNeverAppearsInTheDescription() {
        String description = parse(Map.of()).toString();
        assertFalse(description.contains("not-printed-secret"), description);
        assertTrue(description.contains("32 clients"), description);
    }

    @Test
    void badCommandLinesAreRefused() {
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--clients", "0"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--duration", "forever"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--duration", "0"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--clients"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "stray"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--endpoint", "ftp://localhost"));
        assertThrows(BenchmarkOptions.UsageException.class,
                () -> BenchmarkOptions.parse(new String[0], name -> null, name -> null));
    }

    @Test
    void replicationRunsOnlyWhenNamedWithItsOwnDefaultsAndQuickKeyCount() {
        assertFalse(parse(Map.of()).groups().replication());
        BenchmarkOptions replication = parse(Map.of(), "--only", "replication",
                "--replica-endpoint", "http://127.0.0.1:8081", "--relay-port", "8095");
        assertTrue(replication.groups().replication());
        assertFalse(replication.groups().load() || replication.groups().imports() || replication.groups().xks());
        assertEquals(URI.create("http://127.0.0.1:8081"), replication.replication().replicaEndpoint().orElseThrow());
        assertEquals("eu-west-1", replication.replication().replicaRegion());
        assertEquals(8095, replication.replication().relayPort());
        assertEquals(30, replication.replication().keys());
        assertEquals(8, replication.replication().clients());
        assertEquals(5, parse(Map.of(), "--only", "replication", "--quick").replication().keys());
        assertTrue(parse(Map.of()).replication().replicaEndpoint().isEmpty());
    }

    @Test
    void badReplicationOptionsAreUsageErrors() {
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--replica-region", "EU_WEST"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--relay-port", "70000"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--replica-endpoint", "ftp://x"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--replicate-keys", "0"));
    }

    @Test
    void anotherTargetKeepsEverythingButEndpointAndRegion() {
        BenchmarkOptions options = parse(Map.of(), "--clients", "4");
        BenchmarkOptions other = options.targeting(URI.create("http://127.0.0.1:9"), "eu-west-1");
        assertEquals(URI.create("http://127.0.0.1:9"), other.endpoint());
        assertEquals("eu-west-1", other.region());
        assertEquals(4, other.clients());
        assertEquals(options.accessKeyId(), other.accessKeyId());
    }
}
