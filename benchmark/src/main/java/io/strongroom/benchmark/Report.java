package io.strongroom.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Formats the results of one run as a fixed-width table, each scenario compared with the
 * floor scenario ({@code GET /health}) measured in the same run on the same machine.
 *
 * <p>The ratios are what stays comparable between machines: "req/s ÷ floor" is the share of
 * the bare server's throughput an operation keeps; "p50 ÷ floor" is how many times slower
 * than the bare round trip its median request is.
 */
public final class Report {

    private static final String HEADER_FORMAT = "%-20s %7s %9s %7s %10s %9s %9s %14s %12s%n";
    private static final String ROW_FORMAT = "%-20s %7d %9d %7d %10s %9s %9s %14s %12s%n";

    private final ScenarioResult floor;
    private final List<ScenarioResult> results;

    /**
     * @param floor   the floor result; also printed as the first row
     * @param results the other scenarios, in the order to print
     */
    public Report(ScenarioResult floor, List<ScenarioResult> results) {
        this.floor = floor;
        this.results = List.copyOf(results);
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, HEADER_FORMAT, "scenario", "clients", "requests",
                "errors", "req/s", "p50 ms", "p99 ms", "req/s ÷ floor", "p50 ÷ floor"));
        row(out, floor);
        results.forEach(result -> row(out, result));
        appendErrors(out, floor);
        results.forEach(result -> appendErrors(out, result));
        return out.toString();
    }

    /** One line per scenario for later runs to compare against; same figures as the table. */
    public String csv() {
        StringBuilder out = new StringBuilder(
                "scenario,clients,requests,errors,req_per_s,p50_ms,p99_ms,throughput_ratio,p50_ratio\n");
        csvRow(out, floor);
        results.forEach(result -> csvRow(out, result));
        return out.toString();
    }

    /** The scenarios after the floor, in table order. */
    public List<ScenarioResult> results() {
        return results;
    }

    /**
     * One line per pair of scenarios named alike but for their prefixes (e.g. {@code "std encrypt 64 B"}
     * and {@code "xks encrypt 64 B"}): the other's throughput as a multiple of the base's and the
     * latency it adds at p50 and p99. A scenario without its pair is left out.
     *
     * @param label     what the other scenarios are, starting each line
     * @param baseLabel whose throughput the ratio refers to, e.g. "the standard key's"
     */
    static String pairwise(List<ScenarioResult> results, String basePrefix, String otherPrefix, String label,
                           String baseLabel) {
        StringBuilder out = new StringBuilder();
        for (ScenarioResult base : results) {
            if (!base.name().startsWith(basePrefix)) {
                continue;
            }
            String rest = base.name().substring(basePrefix.length());
            results.stream().filter(r -> r.name().equals(otherPrefix + rest)).findFirst().ifPresent(other ->
                    out.append(String.format(Locale.ROOT, "%s, %s: %.2fx %s req/s, p50 %+.2f ms, p99 %+.2f ms%n",
                            label, rest, other.throughput() / base.throughput(), baseLabel,
                            other.p50Millis() - base.p50Millis(), other.p99Millis() - base.p99Millis())));
        }
        return out.toString();
    }

    public boolean anyErrors() {
        return floor.errors() > 0 || results.stream().anyMatch(result -> result.errors() > 0);
    }

    private void row(StringBuilder out, ScenarioResult result) {
        out.append(String.format(Locale.ROOT, ROW_FORMAT, result.name(), result.clients(),
                result.requests(), result.errors(), number(result.throughput(), 1),
                number(result.p50Millis(), 2), number(result.p99Millis(), 2),
                number(throughputRatio(result), 3), multiple(p50Ratio(result))));
    }

    private void csvRow(StringBuilder out, ScenarioResult result) {
        out.append(String.join(",", result.name(), Integer.toString(result.clients()),
                Long.toString(result.requests()), Long.toString(result.errors()),
                number(result.throughput(), 1), number(result.p50Millis(), 3),
                number(result.p99Millis(), 3), number(throughputRatio(result), 4),
                number(p50Ratio(result), 4))).append('\n');
    }

    private static void appendErrors(StringBuilder out, ScenarioResult result) {
        Optional<String> first = result.firstError();
        first.ifPresent(message -> out.append(String.format(Locale.ROOT,
                "%s: %d failed request(s), first: %s%n", result.name(), result.errors(), message)));
    }

    double throughputRatio(ScenarioResult result) {
        return result.throughput() / floor.throughput();
    }

    double p50Ratio(ScenarioResult result) {
        return result.p50Millis() / floor.p50Millis();
    }

    private static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String multiple(double value) {
        String formatted = number(value, 2);
        return "-".equals(formatted) ? formatted : formatted + "x";
    }
}
