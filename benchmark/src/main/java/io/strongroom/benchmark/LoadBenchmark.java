package io.strongroom.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * Entry point of the load benchmark ({@code bin/benchmark}): measures the health floor and
 * the KMS data-plane operations against one running region, then the bring-your-own-key
 * operations and the expiry sweep, then Encrypt through an external key store beside a standard
 * key ({@code --only} picks one group), and prints the report. Replication between two regions
 * runs only as {@code --only replication}.
 *
 * <p>Exit status: 0 when every request succeeded, 1 when any failed (the table is still
 * printed), 2 for a bad command line or an unreachable server.
 */
public final class LoadBenchmark {

    static final int[] PLAINTEXT_SIZES = {64, 4096};

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args, System::getProperty, System::getenv);
            LoopbackTarget.require(options.endpoint());
            // The sweep benchmark writes to the database: the same rule, this machine only.
            options.importing().database().ifPresent(database -> LoopbackTarget.require(database.uri()));
            options.replication().replicaEndpoint().ifPresent(LoopbackTarget::require);
        } catch (BenchmarkOptions.UsageException | IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("benchmark: " + e.getMessage());
            }
            System.err.print(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(BenchmarkOptions options) throws InterruptedException, IOException {
        HealthFloor health = new HealthFloor(options.endpoint());
        try {
            health.send();
        } catch (IOException e) {
            System.err.println("benchmark: server not healthy at " + options.endpoint() + ": "
                    + LoadRunner.describe(e));
            return 2;
        }
        System.err.println("benchmark: " + options);
        Report report = options.groups().load() ? load(options, health) : null;
        ImportReport imports = options.groups().imports() ? imports(options) : null;
        String xks = options.groups().xks() ? xks(options, health) : null;
        String replication = options.groups().replication() ? replication(options, health) : null;

        System.out.println();
        System.out.printf(Locale.ROOT, "Strongroom load benchmark: %s%n", options);
        System.out.printf(Locale.ROOT, "client JVM %s on %d cores, sharing the machine with the server%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        if (imports != null) {
            System.out.printf(Locale.ROOT, "import benchmark: %s%n", options.importing());
        }
        System.out.println();
        if (report != null) {
            System.out.print(report.table());
            if (options.csv().isPresent()) {
                Files.writeString(options.csv().get(), report.csv());
                System.out.println("CSV written to " + options.csv().get());
            }
            System.out.println();
        }
        if (imports != null) {
            System.out.print(imports.text());
        }
        if (xks != null) {
            System.out.println();
            System.out.print(xks);
        }
        if (replication != null) {
            System.out.printf(Locale.ROOT, "replication benchmark: %s%n%n", options.replication());
            System.out.print(replication);
        }
        boolean xksFailed = xks != null && xks.contains(XKS_FAILED);
        boolean replicationFailed = replication != null && replication.contains(REPLICATION_FAILED);
        return report != null && report.anyErrors() || imports != null && imports.anyErrors() || xksFailed
                || replicationFailed ? 1 : 0;
    }

    private static Report load(BenchmarkOptions options, HealthFloor health) throws InterruptedException {
        try (KmsWorkload kms = new KmsWorkload(options)) {
            return measure(options, options.clients(), scenarios(health, kms));
        }
    }

    /** Runs the scenarios one after the other, the floor first, each with the clients and the run's bounds. */
    private static Report measure(BenchmarkOptions options, int clients, List<Scenario> scenarios)
            throws InterruptedException {
        Duration warmUp = options.warmUpPerScenario(scenarios.size());
        LoadRunner runner = new LoadRunner(clients, warmUp, options.perScenario(),
                options.maxRequests(), options.maxErrors());
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            System.err.printf(Locale.ROOT, "benchmark: %-20s ...", scenario.name());
            ScenarioResult result = runner.run(scenario);
            System.err.printf(Locale.ROOT, " %d requests, %d errors%n", result.requests(), result.errors());
            results.add(result);
        }
        return new Report(results.get(0), results.subList(1, results.size()));
    }

    static final String XKS_FAILED = "external key store benchmark FAILED";

    /** The xks group's text: its table and comparison, or why it was skipped or failed. */
    private static String xks(BenchmarkOptions options, HealthFloor health) throws InterruptedException {
        if (options.xksCertificateAuthority().isEmpty()) {
            return "external key store benchmark skipped: it needs the CA the region trusts for XKS proxies "
                    + "(--xks-ca DIR or STRONGROOM_BENCH_XKS_CA; bin/benchmark makes one for the region it starts)\n";
        }
        Consumer<String> progress = step -> System.err.println("benchmark: " + step);
        try (XksBenchmark benchmark = new XksBenchmark(options, options.xksCertificateAuthority().get(), progress)) {
            List<Scenario> scenarios;
            try {
                scenarios = benchmark.prepare(health);
            } catch (IOException | RuntimeException e) {
                return XKS_FAILED + " while preparing: " + LoadRunner.describe(e) + "\n";
            }
            Report report = measure(options, options.xksClients(), scenarios);
            List<ScenarioResult> rows = new ArrayList<>(report.results());
            String text = "Encrypt through an external key store (in-process XKS proxy over TLS) vs a standard key:\n"
                    + report.table() + XksBenchmark.comparison(rows)
                    + "the proxy answered " + benchmark.proxyEncrypts() + " encrypt calls (warm-up included)\n";
            return report.anyErrors() ? text + XKS_FAILED + ": some requests failed (see above)\n" : text;
        }
    }

    static final String REPLICATION_FAILED = "replication benchmark FAILED";

    /** The replication group's text: replication latency, the pairs' table and comparison, or why it did not run. */
    private static String replication(BenchmarkOptions options, HealthFloor health) throws InterruptedException {
        if (options.replication().replicaEndpoint().isEmpty()) {
            return "replication benchmark skipped: it needs the replica's region (--replica-endpoint or "
                    + "STRONGROOM_BENCH_REPLICA_ENDPOINT; bin/benchmark --only replication starts two regions)\n";
        }
        Consumer<String> progress = step -> System.err.println("benchmark: " + step);
        try (ReplicationBenchmark benchmark = new ReplicationBenchmark(options, progress)) {
            ReplicationLatency latency;
            List<Scenario> scenarios;
            try {
                benchmark.start();
                progress.accept("replicating " + options.replication().keys() + " keys one by one");
                latency = benchmark.measureReplication();
                scenarios = benchmark.scenarios(health);
            } catch (IOException | RuntimeException e) {
                return REPLICATION_FAILED + " while preparing: " + LoadRunner.describe(e) + "\n";
            }
            Report report = measure(options, options.replication().clients(), scenarios);
            String text = latency.text() + "\n"
                    + "Encrypt in region A, then Decrypt of that ciphertext in A (A/A) or in B (A/B), one request each:\n"
                    + report.table() + Report.pairwise(report.results(), ReplicationBenchmark.IN_REGION,
                    ReplicationBenchmark.CROSS_REGION, "Decrypt in the replica's region", "the in-region pair's");
            return report.anyErrors() || latency.failures() > 0
                    ? text + REPLICATION_FAILED + ": some requests or replications failed (see above)\n" : text;
        }
    }

    /**
     * The import benchmark. The sweep comes first, right after the key that is its template has
     * received material: on a fresh region the wrapping key pool fills meanwhile.
     */
    private static ImportReport imports(BenchmarkOptions benchmarkOptions) throws InterruptedException {
        ImportOptions options = benchmarkOptions.importing();
        Consumer<String> progress = step -> System.err.println("benchmark: " + step);
        Optional<SweepBenchmark.Result> sweep = Optional.empty();
        Optional<String> sweepProblem = Optional.empty();
        try (ImportWorkload workload = new ImportWorkload(benchmarkOptions)) {
            ImportBenchmark benchmark = new ImportBenchmark(workload, options, progress);
            String template;
            try {
                template = benchmark.prepare();
            } catch (Exception e) {
                throw new IllegalStateException("preparing the import benchmark failed: " + LoadRunner.describe(e), e);
            }
            if (options.database().isEmpty()) {
                sweepProblem = Optional.of("skipped: it needs the region's database (--db-url or STRONGROOM_DB_URL; "
                        + "bin/benchmark passes it for the region it starts)");
            } else {
                progress.accept("expiry sweep of " + options.sweepKeys() + " keys");
                try {
                    sweep = Optional.of(new SweepBenchmark(options.database().get()).run(template, options.sweepKeys()));
                } catch (SQLException | RuntimeException e) {
                    sweepProblem = Optional.of("FAILED: " + LoadRunner.describe(e));
                }
            }
            benchmark.measure();
            Map<String, Integer> suspect = new HashMap<>();
            for (WrappingKeySpec spec : ImportBenchmark.SPECS) {
                suspect.put(spec.toString(), benchmark.suspectWarmSamples(spec));
            }
            return new ImportReport(benchmark.results(), suspect, options, sweep, sweepProblem);
        }
    }

    /**
     * The scenarios of one run, the floor first. Later measurements (other operations,
     * sizes, key specs) are added here.
     */
    static List<Scenario> scenarios(HealthFloor health, KmsWorkload kms) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(health.scenario());
        for (int size : PLAINTEXT_SIZES) {
            scenarios.add(kms.encrypt(size));
        }
        for (int size : PLAINTEXT_SIZES) {
            scenarios.add(kms.decrypt(size));
        }
        return scenarios;
    }
}
