package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImportOptionsTest {

    private static final Map<String, String> CREDENTIALS = Map.of(
            "STRONGROOM_ACCESS_KEY_ID", "AKIDBENCH", "STRONGROOM_SECRET_ACCESS_KEY", "not-printed-secret");

    private static BenchmarkOptions parse(Map<String, String> environment, String... args) {
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.putAll(environment);
        return BenchmarkOptions.parse(args, name -> null, env::get);
    }

    @Test
    void fullRunMeasuresTenThousandKeysAndBothGroups() {
        BenchmarkOptions options = parse(Map.of());
        ImportOptions importing = options.importing();
        assertEquals(BenchmarkOptions.Groups.ALL, options.groups());
        assertEquals(10_000, importing.sweepKeys());
        assertEquals(100, importing.importSamples());
        assertEquals(3, importing.warmRounds());
        assertEquals(Duration.ofSeconds(30), importing.poolWait());
        assertTrue(importing.database().isEmpty());
    }

    @Test
    void quickRunIsSmall() {
        ImportOptions importing = parse(Map.of(), "--quick").importing();
        assertEquals(1_000, importing.sweepKeys());
        assertEquals(10, importing.importSamples());
        assertEquals(1, importing.warmRounds());
    }

    @Test
    void onlyPicksOneGroup() {
        BenchmarkOptions imports = parse(Map.of(), "--only", "import");
        assertTrue(imports.groups().imports());
        assertFalse(imports.groups().load());
        BenchmarkOptions load = parse(Map.of(), "--only=load");
        assertTrue(load.groups().load());
        assertFalse(load.groups().imports());
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--only", "sweep"));
    }

    @Test
    void databaseComesFromTheEnvironmentAndItsPasswordIsNeverPrinted() {
        BenchmarkOptions options = parse(Map.of("STRONGROOM_DB_URL", "jdbc:postgresql://localhost:5432/strongroom",
                "STRONGROOM_DB_PASSWORD", "not-printed-db-password"), "--sweep-keys", "500");
        ImportOptions.Database database = options.importing().database().orElseThrow();
        assertEquals("postgres", database.user());
        assertEquals("not-printed-db-password", database.password());
        assertEquals("localhost", database.uri().getHost());
        assertEquals(500, options.importing().sweepKeys());
        assertFalse(options.importing().toString().contains("not-printed-db-password"));
        assertFalse(database.toString().contains("not-printed-db-password"));
    }

    @Test
    void rejectsAnUrlThatIsNotPostgresAndOutOfRangeCounts() {
        assertThrows(BenchmarkOptions.UsageException.class,
                () -> parse(Map.of(), "--db-url", "jdbc:mysql://localhost/strongroom"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--sweep-keys", "0"));
        assertThrows(BenchmarkOptions.UsageException.class, () -> parse(Map.of(), "--sweep-keys", "2000000"));
    }
}
