package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class XksComparisonTest {

    private static ScenarioResult result(String name, int count, double millis) {
        LatencySamples samples = new LatencySamples();
        for (int i = 0; i < count; i++) {
            samples.add(Math.round(millis * 1_000_000));
        }
        return new ScenarioResult(name, 32, 0, Optional.empty(), 2_000_000_000L, samples);
    }

    @Test
    void eachSizeComparesTheExternalKeyWithTheStandardOne() {
        String text = XksBenchmark.comparison(List.of(result("std encrypt 64 B", 2_000, 4.0),
                result("xks encrypt 64 B", 1_000, 9.5), result("std encrypt 4 KiB", 1_000, 5.0),
                result("xks encrypt 4 KiB", 800, 11.0)));
        assertEquals("""
                external key store, encrypt 64 B: 0.50x the standard key's req/s, p50 +5.50 ms, p99 +5.50 ms
                external key store, encrypt 4 KiB: 0.80x the standard key's req/s, p50 +6.00 ms, p99 +6.00 ms
                """, text);
    }

    @Test
    void aSizeWithoutItsPairIsLeftOut() {
        assertEquals("", XksBenchmark.comparison(List.of(result("std encrypt 64 B", 10, 1.0))));
    }
}
