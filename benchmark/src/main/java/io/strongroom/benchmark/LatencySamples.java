package io.strongroom.benchmark;

import java.util.Arrays;

/**
 * Latencies of one scenario in nanoseconds, kept exactly, with nearest-rank percentiles.
 *
 * <p>A measured run holds at most a few million samples, so a sorted {@code long[]} is
 * exact and small enough; no bucketing error in p99. Each client thread appends to its own
 * instance (no sharing on the hot path); the runner merges them at the end.
 */
public final class LatencySamples {

    private long[] values;
    private int size;
    private boolean sorted = true;

    public LatencySamples() {
        this(1024);
    }

    public LatencySamples(int initialCapacity) {
        values = new long[Math.max(16, initialCapacity)];
    }

    /** Appends one latency; negative values are a caller bug. */
    public void add(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("latency must not be negative: " + nanos);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        if (size > 0 && nanos < values[size - 1]) {
            sorted = false;
        }
        values[size++] = nanos;
    }

    /** Merges the samples of several client threads into one new instance. */
    public static LatencySamples merge(Iterable<LatencySamples> parts) {
        int total = 0;
        for (LatencySamples part : parts) {
            total += part.size;
        }
        LatencySamples merged = new LatencySamples(total);
        for (LatencySamples part : parts) {
            System.arraycopy(part.values, 0, merged.values, merged.size, part.size);
            merged.size += part.size;
        }
        merged.sorted = total <= 1;
        return merged;
    }

    public int count() {
        return size;
    }

    /**
     * Nearest-rank percentile: the smallest sample such that at least {@code percentile}
     * percent of all samples are less than or equal to it.
     *
     * @param percentile in (0, 100]
     * @return the sample in nanoseconds
     * @throws IllegalStateException when there is no sample
     */
    public long percentile(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + percentile);
        }
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        sort();
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return values[Math.min(size, Math.max(1, rank)) - 1];
    }

    /** The smallest sample in nanoseconds; percentile 100 is the largest. */
    public long min() {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        sort();
        return values[0];
    }

    /** How many samples are at least this many nanoseconds. */
    public int countAtLeast(long nanos) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            count += values[i] >= nanos ? 1 : 0;
        }
        return count;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }
}
