package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class LatencySamplesTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        LatencySamples samples = new LatencySamples(4);
        for (long value = 100; value >= 1; value--) {
            samples.add(value);
        }
        assertEquals(100, samples.count());
        assertEquals(50, samples.percentile(50));
        assertEquals(99, samples.percentile(99));
        assertEquals(100, samples.percentile(100));
        assertEquals(1, samples.percentile(0.5));
    }

    @Test
    void p99OfFewSamplesIsTheLargest() {
        LatencySamples samples = new LatencySamples();
        samples.add(7);
        samples.add(3);
        samples.add(5);
        assertEquals(5, samples.percentile(50));
        assertEquals(7, samples.percentile(99));
    }

    @Test
    void mergeKeepsEverySampleOfEveryClient() {
        LatencySamples first = new LatencySamples();
        LatencySamples second = new LatencySamples();
        for (int i = 1; i <= 1000; i++) {
            (i % 2 == 0 ? first : second).add(i * 1_000L);
        }
        LatencySamples merged = LatencySamples.merge(List.of(first, second));
        assertEquals(1000, merged.count());
        assertEquals(500_000, merged.percentile(50));
        assertEquals(990_000, merged.percentile(99));
    }

    @Test
    void refusesNonsense() {
        LatencySamples samples = new LatencySamples();
        assertThrows(IllegalStateException.class, () -> samples.percentile(50));
        assertThrows(IllegalArgumentException.class, () -> samples.add(-1));
        samples.add(1);
        assertThrows(IllegalArgumentException.class, () -> samples.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> samples.percentile(100.1));
    }
}
