package io.strongroom.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the times at which the expiry sweep deleted material (its audit events) into sweep runs:
 * a new run starts after a pause of at least {@code gap}, or once a run holds {@code maxPerRun}
 * deletions (the sweep's bound per run), since a run that ends just before the next timer tick
 * leaves almost no pause.
 */
final class SweepRuns {

    /** One run: its first and last deletion and how many keys it handled. */
    record Run(Instant first, Instant last, int keys) {
        Duration duration() {
            return Duration.between(first, last);
        }

        /** Keys per second while this run was working; NaN for a run of one deletion. */
        double keysPerSecond() {
            long nanos = duration().toNanos();
            return nanos <= 0 ? Double.NaN : keys / (nanos / 1e9);
        }
    }

    private SweepRuns() {
    }

    /**
     * @param deletions times of the deletions, in ascending order
     */
    static List<Run> split(List<Instant> deletions, Duration gap, int maxPerRun) {
        List<Run> runs = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        int keys = 0;
        for (Instant at : deletions) {
            if (first != null && (keys >= maxPerRun || Duration.between(last, at).compareTo(gap) >= 0)) {
                runs.add(new Run(first, last, keys));
                first = null;
            }
            if (first == null) {
                first = at;
                keys = 0;
            }
            last = at;
            keys++;
        }
        if (first != null) {
            runs.add(new Run(first, last, keys));
        }
        return runs;
    }
}
