package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SweepRunsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** count deletions 5 ms apart from the given offset in milliseconds. */
    private static void deletions(List<Instant> into, long fromMillis, int count) {
        for (int i = 0; i < count; i++) {
            into.add(T0.plusMillis(fromMillis + 5L * i));
        }
    }

    @Test
    void aPauseSeparatesRuns() {
        List<Instant> times = new ArrayList<>();
        deletions(times, 0, 100);
        deletions(times, 10_000, 50);
        List<SweepRuns.Run> runs = SweepRuns.split(times, Duration.ofMillis(500), 2000);
        assertEquals(2, runs.size());
        assertEquals(100, runs.get(0).keys());
        assertEquals(Duration.ofMillis(495), runs.get(0).duration());
        assertEquals(T0.plusMillis(10_000), runs.get(1).first());
        assertEquals(50, runs.get(1).keys());
        assertEquals(100 / 0.495, runs.get(0).keysPerSecond(), 1e-6);
    }

    @Test
    void theBoundPerRunSeparatesRunsWithoutAPause() {
        List<Instant> times = new ArrayList<>();
        deletions(times, 0, 25);
        List<SweepRuns.Run> runs = SweepRuns.split(times, Duration.ofMillis(500), 10);
        assertEquals(List.of(10, 10, 5), runs.stream().map(SweepRuns.Run::keys).toList());
    }

    @Test
    void noDeletionsNoRuns() {
        assertTrue(SweepRuns.split(List.of(), Duration.ofMillis(500), 10).isEmpty());
        assertTrue(Double.isNaN(SweepRuns.split(List.of(T0), Duration.ofMillis(500), 10).get(0).keysPerSecond()));
    }
}
