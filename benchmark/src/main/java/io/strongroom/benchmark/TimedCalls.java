package io.strongroom.benchmark;

import java.util.Optional;

/**
 * Latencies of sequential calls of one operation in one mode (e.g. GetParametersForImport RSA_4096,
 * pool cold), with the failures counted apart: a failed call never becomes a latency.
 */
public final class TimedCalls {

    /** One call; only what it throws counts as a failure. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final String operation;
    private final String mode;
    private final LatencySamples latencies = new LatencySamples(64);
    private long errors;
    private String firstError;

    public TimedCalls(String operation, String mode) {
        this.operation = operation;
        this.mode = mode;
    }

    /** Times one call; a failure is counted (the first one kept for the report) and not rethrown. */
    public void time(Call call) {
        long start = System.nanoTime();
        try {
            call.run();
            latencies.add(System.nanoTime() - start);
        } catch (Exception e) {
            failed(e);
        }
    }

    /** Counts a failure that happened outside a timed call, e.g. while preparing it. */
    public void failed(Exception failure) {
        errors++;
        if (firstError == null) {
            firstError = LoadRunner.describe(failure);
        }
    }

    public String operation() {
        return operation;
    }

    public String mode() {
        return mode;
    }

    public int samples() {
        return latencies.count();
    }

    public long errors() {
        return errors;
    }

    public Optional<String> firstError() {
        return Optional.ofNullable(firstError);
    }

    /** How many samples took at least this many milliseconds (0 for NaN). */
    public int samplesAtLeast(double millis) {
        return Double.isNaN(millis) ? 0 : latencies.countAtLeast(Math.round(millis * NANOS_PER_MILLI));
    }

    /** Latency in milliseconds: percentile in (0, 100], or 0 for the minimum; NaN without samples. */
    public double millis(double percentile) {
        if (latencies.count() == 0) {
            return Double.NaN;
        }
        long nanos = percentile == 0 ? latencies.min() : latencies.percentile(percentile);
        return nanos / NANOS_PER_MILLI;
    }
}
