package io.strongroom.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Formats the bring-your-own-key figures in the style of {@link Report}: a fixed-width latency
 * table (samples, min, p50, p99, max per operation and pool mode), then the expiry sweep's wall
 * time, runs and rates. Each block says what its figures include.
 */
final class ImportReport {

    private static final String HEADER_FORMAT = "%-34s %-9s %7s %7s %9s %9s %9s %9s%n";
    private static final String ROW_FORMAT = "%-34s %-9s %7d %7d %9s %9s %9s %9s%n";
    private static final String RUN_FORMAT = "  %3s %12s %6s %11s %9s%n";

    private final List<TimedCalls> calls;
    private final Map<String, Integer> suspectWarm;
    private final ImportOptions options;
    private final Optional<SweepBenchmark.Result> sweep;
    private final Optional<String> sweepProblem;

    /**
     * @param suspectWarm  per spec name, warm samples as slow as the fastest cold call
     * @param sweepProblem why the sweep was skipped or failed; empty when it ran
     */
    ImportReport(List<TimedCalls> calls, Map<String, Integer> suspectWarm, ImportOptions options,
                 Optional<SweepBenchmark.Result> sweep, Optional<String> sweepProblem) {
        this.calls = List.copyOf(calls);
        this.suspectWarm = Map.copyOf(suspectWarm);
        this.options = options;
        this.sweep = sweep;
        this.sweepProblem = sweepProblem;
    }

    String text() {
        StringBuilder out = new StringBuilder("Bring your own key material: one client, sequential calls\n");
        out.append(String.format(Locale.ROOT, HEADER_FORMAT, "operation", "mode", "calls", "errors",
                "min ms", "p50 ms", "p99 ms", "max ms"));
        for (TimedCalls row : calls) {
            out.append(String.format(Locale.ROOT, ROW_FORMAT, row.operation(), row.mode(), row.samples(), row.errors(),
                    number(row.millis(0)), number(row.millis(50)), number(row.millis(99)), number(row.millis(100))));
        }
        out.append(String.format(Locale.ROOT, """
                warm: the wrapping key pool (targets RSA_2048 8, RSA_3072 4, RSA_4096 2) had %d s to refill after it was
                      last drained, then at most its target per spec was taken; %d round(s).
                cold: right after the pool was drained, so the call generates the RSA pair itself, unless the refill
                      timer (2 pairs every 3 s) has just put one back: such calls show in the min column.
                ImportKeyMaterial: 32 bytes of symmetric material, RSAES_OAEP_SHA_256 under RSA_2048, reimported into
                      one key; each call has its own GetParametersForImport (not timed), the wrap is not timed.
                """, options.poolWait().toSeconds(), options.warmRounds()));
        suspectWarm.entrySet().stream().filter(entry -> entry.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(entry -> out.append(String.format(Locale.ROOT,
                        "warning: %d warm %s call(s) were as slow as the cold p50: the pool may not have refilled"
                                + " (raise --pool-wait)%n", entry.getValue(), entry.getKey())));
        calls.forEach(row -> row.firstError().ifPresent(message -> out.append(String.format(Locale.ROOT,
                "%s %s: %d failed call(s), first: %s%n", row.operation(), row.mode(), row.errors(), message))));
        out.append('\n');
        sweepProblem.ifPresent(problem -> out.append("Expiry sweep: ").append(problem).append('\n'));
        sweep.ifPresent(result -> sweep(out, result));
        return out.toString();
    }

    boolean anyErrors() {
        return calls.stream().anyMatch(row -> row.errors() > 0)
                || sweepProblem.isPresent() && sweep.isEmpty() && options.database().isPresent()
                || sweep.map(result -> result.completedAt() == null || result.swept() != result.keys()).orElse(false);
    }

    private static void sweep(StringBuilder out, SweepBenchmark.Result result) {
        out.append(String.format(Locale.ROOT,
                "Expiry sweep: %d keys with one common ValidTo (inserted directly in the database in %s s)%n",
                result.keys(), seconds(result.insert())));
        Duration wall = result.wallTime();
        if (wall == null) {
            out.append(String.format(Locale.ROOT, "NOT DONE: %d keys still held material when the benchmark gave up%n",
                    result.remaining()));
        } else {
            out.append(String.format(Locale.ROOT,
                    "all keys PendingImport without material %s s after ValidTo: %s keys/s (wall time, includes the%n"
                            + "waits for the sweep timer, period STRONGROOM_EXPIRY_SWEEP_SECONDS, default 10 s)%n",
                    seconds(wall), number(result.keys() / (wall.toNanos() / 1e9))));
        }
        if (result.swept() != result.keys()) {
            out.append(String.format(Locale.ROOT, "ERROR: only %d of %d keys were found PendingImport without material%n",
                    result.swept(), result.keys()));
        }
        List<SweepRuns.Run> runs = result.runs();
        if (runs.isEmpty()) {
            return;
        }
        out.append(String.format(Locale.ROOT,
                "sweep runs (at most %d keys each: BATCH_SIZE 100 x MAX_BATCHES 20), from the audit trail:%n",
                SweepBenchmark.KEYS_PER_RUN));
        out.append(String.format(Locale.ROOT, RUN_FORMAT, "run", "start s", "keys", "working s", "keys/s"));
        long workingNanos = 0;
        int keys = 0;
        for (int i = 0; i < runs.size(); i++) {
            SweepRuns.Run run = runs.get(i);
            out.append(String.format(Locale.ROOT, RUN_FORMAT, i + 1, "+" + seconds(since(result.validTo(), run.first())),
                    run.keys(), seconds(run.duration()), number(run.keysPerSecond())));
            workingNanos += run.duration().toNanos();
            keys += run.keys();
        }
        out.append(String.format(Locale.ROOT,
                "while the runs were working: %d keys in %s s = %s keys/s, %s ms per key (start s: after ValidTo)%n",
                keys, seconds(Duration.ofNanos(workingNanos)),
                number(workingNanos == 0 ? Double.NaN : keys / (workingNanos / 1e9)),
                number(keys == 0 ? Double.NaN : workingNanos / 1e6 / keys)));
        out.append(String.format(Locale.ROOT,
                "each key is one transaction; a bare single-row durable commit on this database takes %s ms (p50)%n",
                number(result.commitMillis())));
    }

    private static Duration since(Instant from, Instant to) {
        return Duration.between(from, to);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }
}
