package io.strongroom.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of the load benchmark ({@code bin/benchmark}): measures the health floor and
 * the KMS data-plane operations against one running region and prints the report.
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
        try (KmsWorkload kms = new KmsWorkload(options)) {
            List<Scenario> scenarios = scenarios(health, kms);
            Duration warmUp = options.warmUpPerScenario(scenarios.size());
            LoadRunner runner = new LoadRunner(options.clients(), warmUp, options.perScenario(),
                    options.maxRequests(), options.maxErrors());
            System.err.println("benchmark: " + options);

            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                System.err.printf(Locale.ROOT, "benchmark: %-16s ...", scenario.name());
                ScenarioResult result = runner.run(scenario);
                System.err.printf(Locale.ROOT, " %d requests, %d errors%n", result.requests(), result.errors());
                results.add(result);
            }

            Report report = new Report(results.get(0), results.subList(1, results.size()));
            System.out.println();
            System.out.printf(Locale.ROOT, "Strongroom load benchmark: %s%n", options);
            System.out.printf(Locale.ROOT, "client JVM %s on %d cores, sharing the machine with the server%n",
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            System.out.println();
            System.out.print(report.table());
            if (options.csv().isPresent()) {
                Files.writeString(options.csv().get(), report.csv());
                System.out.println("CSV written to " + options.csv().get());
            }
            return report.anyErrors() ? 1 : 0;
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
