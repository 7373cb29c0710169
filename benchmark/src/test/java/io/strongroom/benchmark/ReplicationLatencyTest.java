package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReplicationLatencyTest {

    private static long millis(double value) {
        return Math.round(value * 1_000_000);
    }

    @Test
    void theCallAndTheTimeUntilEnabledArePrintedAsP50P90AndMax() {
        ReplicationLatency latency = new ReplicationLatency();
        for (int i = 1; i <= 10; i++) {
            latency.add(millis(10 * i), millis(1000 + 100 * i));
        }
        assertEquals("""
                replicating one key                keys    p50 ms    p90 ms    max ms
                ReplicateKey call (region A)         10      50.0      90.0     100.0
                until Enabled in region B            10    1500.0    1900.0    2000.0
                """, latency.text());
        assertEquals(0, latency.failures());
    }

    @Test
    void failuresAreCountedWithTheFirstReasonAndAKeyWithoutSamplesShowsDashes() {
        ReplicationLatency latency = new ReplicationLatency();
        latency.failed("ReplicateKey: KmsInternalException");
        latency.failed("replica still Creating after 60 s");
        assertEquals(2, latency.failures());
        assertEquals("""
                replicating one key                keys    p50 ms    p90 ms    max ms
                ReplicateKey call (region A)          0         -         -         -
                until Enabled in region B             0         -         -         -
                2 key(s) failed, first: ReplicateKey: KmsInternalException
                """, latency.text());
    }

    @Test
    void aReplicaCannotBeEnabledBeforeTheCallReturned() {
        assertThrows(IllegalArgumentException.class, () -> new ReplicationLatency().add(millis(5), millis(4)));
    }
}
