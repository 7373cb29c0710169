package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimedCallsTest {

    @Test
    void failuresAreCountedAndNeverTimed() {
        TimedCalls calls = new TimedCalls("GetParametersForImport RSA_2048", "cold");
        calls.time(() -> { });
        calls.time(() -> {
            throw new IllegalStateException("no token");
        });
        calls.time(() -> {
            throw new IllegalArgumentException("second");
        });
        assertEquals(1, calls.samples());
        assertEquals(2, calls.errors());
        assertEquals("IllegalStateException: no token", calls.firstError().orElseThrow());
        assertTrue(calls.millis(0) <= calls.millis(50) && calls.millis(50) <= calls.millis(100));
    }

    @Test
    void noSamplesGiveNaN() {
        TimedCalls calls = new TimedCalls("ImportKeyMaterial", "OAEP-256");
        assertTrue(Double.isNaN(calls.millis(50)));
        assertEquals(0, calls.samplesAtLeast(Double.NaN));
    }

    @Test
    void samplesAtLeastCountsTheSlowOnes() {
        LatencySamples samples = new LatencySamples();
        for (long millis : new long[] {5, 50, 7, 900, 1200}) {
            samples.add(millis * 1_000_000);
        }
        assertEquals(2, samples.countAtLeast(900_000_000));
        assertEquals(5_000_000, samples.min());
    }
}
