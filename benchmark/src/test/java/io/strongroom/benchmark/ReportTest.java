package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportTest {

    private static final long SECOND = 1_000_000_000L;

    /** {@code count} requests of {@code millis} each, measured over {@code seconds}. */
    private static ScenarioResult result(String name, int count, double millis, long seconds, long errors) {
        LatencySamples samples = new LatencySamples();
        for (int i = 0; i < count; i++) {
            samples.add(Math.round(millis * 1_000_000));
        }
        return new ScenarioResult(name, 32, errors,
                errors > 0 ? Optional.of("KmsException: boom") : Optional.empty(), seconds * SECOND, samples);
    }

    @Test
    void ratiosAreRelativeToTheFloor() {
        ScenarioResult floor = result("health (floor)", 10_000, 2.0, 2, 0);
        ScenarioResult encrypt = result("encrypt 64 B", 2_500, 8.0, 2, 0);
        Report report = new Report(floor, List.of(encrypt));

        assertEquals(5000.0, floor.throughput(), 1e-9);
        assertEquals(0.25, report.throughputRatio(encrypt), 1e-9);
        assertEquals(4.0, report.p50Ratio(encrypt), 1e-9);
        assertFalse(report.anyErrors());
    }

    @Test
    void tablePrintsOneAlignedRowPerScenarioFloorFirst() {
        Report report = new Report(result("health (floor)", 10_000, 2.0, 2, 0),
                List.of(result("encrypt 64 B", 2_500, 8.0, 2, 0), result("decrypt 4 KiB", 1_000, 12.5, 2, 0)));
        List<String> lines = report.table().lines().toList();

        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("scenario"));
        assertTrue(lines.get(0).contains("req/s ÷ floor"));
        assertTrue(lines.get(1).startsWith("health (floor)"));
        assertTrue(lines.get(2).matches("encrypt 64 B\\s+32\\s+2500\\s+0\\s+1250\\.0\\s+8\\.00\\s+8\\.00\\s+0\\.250\\s+4\\.00x"),
                lines.get(2));
        assertTrue(lines.get(3).endsWith("6.25x"), lines.get(3));
        assertEquals(lines.get(0).length(), lines.get(1).length());
        assertEquals(lines.get(1).length(), lines.get(2).length());
    }

    @Test
    void failuresAreCountedAndDescribedUnderTheTable() {
        Report report = new Report(result("health (floor)", 10, 1.0, 1, 0),
                List.of(result("encrypt 64 B", 5, 1.0, 1, 3)));
        assertTrue(report.anyErrors());
        assertTrue(report.table().contains("encrypt 64 B: 3 failed request(s), first: KmsException: boom"));
    }

    @Test
    void scenarioWithoutSuccessShowsDashesInsteadOfNumbers() {
        Report report = new Report(result("health (floor)", 10, 1.0, 1, 0),
                List.of(result("decrypt 64 B", 0, 1.0, 1, 100)));
        String row = report.table().lines().filter(line -> line.startsWith("decrypt")).findFirst().orElseThrow();
        assertTrue(row.matches("decrypt 64 B\\s+32\\s+0\\s+100(\\s+-){5}"), row);
    }

    @Test
    void csvHasHeaderAndOneLinePerScenario() {
        Report report = new Report(result("health (floor)", 10_000, 2.0, 2, 0),
                List.of(result("encrypt 64 B", 2_500, 8.0, 2, 0)));
        List<String> lines = report.csv().lines().toList();
        assertEquals(3, lines.size());
        assertEquals("encrypt 64 B,32,2500,0,1250.0,8.000,8.000,0.2500,4.0000", lines.get(2));
    }
}
