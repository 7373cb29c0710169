package io.strongroom.benchmark;

import java.util.Optional;

/**
 * What one scenario measured: successful requests, failures, the measured wall time and the
 * latency of every successful request.
 *
 * @param name          scenario name
 * @param clients       concurrent clients that sent it
 * @param errors        failed requests, warm-up included (never in the latencies)
 * @param firstError    type and message of the first failure, for the operator
 * @param measuredNanos wall time from the end of warm-up to the last measured response
 * @param latencies     latency of each successful measured request
 */
public record ScenarioResult(String name, int clients, long errors, Optional<String> firstError,
                             long measuredNanos, LatencySamples latencies) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    /** Successful requests in the measured period. */
    public long requests() {
        return latencies.count();
    }

    /** Successful requests per second of measured wall time; NaN when nothing was measured. */
    public double throughput() {
        if (measuredNanos <= 0 || requests() == 0) {
            return Double.NaN;
        }
        return requests() / (measuredNanos / NANOS_PER_SECOND);
    }

    public double p50Millis() {
        return percentileMillis(50);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }

    private double percentileMillis(double percentile) {
        return requests() == 0 ? Double.NaN : latencies.percentile(percentile) / NANOS_PER_MILLI;
    }
}
