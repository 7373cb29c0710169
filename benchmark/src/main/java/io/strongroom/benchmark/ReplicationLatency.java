package io.strongroom.benchmark;

import java.util.Locale;

/**
 * How long replicating one key takes, over several keys replicated one after the other: the
 * ReplicateKey call in the primary's region (it returns once the replica's region accepted the
 * order) and the time from the call until DescribeKey in the replica's region shows the replica
 * Enabled (the replica's region fetched and stored the material).
 */
public final class ReplicationLatency {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final LatencySamples calls = new LatencySamples();
    private final LatencySamples untilEnabled = new LatencySamples();
    private int failures;
    private String firstFailure;

    /** One key: nanoseconds of the ReplicateKey call and from its start until the replica was Enabled. */
    public void add(long callNanos, long untilEnabledNanos) {
        if (untilEnabledNanos < callNanos) {
            throw new IllegalArgumentException("the replica cannot be Enabled before ReplicateKey returned");
        }
        calls.add(callNanos);
        untilEnabled.add(untilEnabledNanos);
    }

    /** A key whose replication failed or did not finish in time; it has no sample. */
    public void failed(String reason) {
        failures++;
        if (firstFailure == null) {
            firstFailure = reason;
        }
    }

    public int failures() {
        return failures;
    }

    /** The report's lines: p50, p90 and max of both figures in milliseconds, and any failures. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-32s %6s %9s %9s %9s%n", "replicating one key", "keys", "p50 ms",
                "p90 ms", "max ms"));
        line(out, "ReplicateKey call (region A)", calls);
        line(out, "until Enabled in region B", untilEnabled);
        if (failures > 0) {
            out.append(String.format(Locale.ROOT, "%d key(s) failed, first: %s%n", failures, firstFailure));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, LatencySamples samples) {
        if (samples.count() == 0) {
            out.append(String.format(Locale.ROOT, "%-32s %6d %9s %9s %9s%n", label, 0, "-", "-", "-"));
            return;
        }
        out.append(String.format(Locale.ROOT, "%-32s %6d %9.1f %9.1f %9.1f%n", label, samples.count(),
                samples.percentile(50) / NANOS_PER_MILLI, samples.percentile(90) / NANOS_PER_MILLI,
                samples.percentile(100) / NANOS_PER_MILLI));
    }
}
