package io.strongroom.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The parameters of one benchmark run, from command-line flags, then system properties
 * ({@code strongroom.benchmark.<flag>}), then environment variables for the credentials and
 * region (the same names the server reads), then defaults.
 *
 * <p>Credentials are best passed through the environment so they do not show in the
 * process list; they are never printed.
 */
public record BenchmarkOptions(URI endpoint, String accessKeyId, String secretAccessKey, String region,
                               int clients, Duration totalWarmUp, Duration perScenario, long maxRequests,
                               long maxErrors, Optional<String> keyId, Optional<Path> csv, Groups groups,
                               ImportOptions importing, Optional<Path> xksCertificateAuthority, int xksClients,
                               ReplicationOptions replication) {

    /**
     * Which scenario groups a run measures ({@code --only}). Replication needs a second region, so
     * it runs only when asked for by name.
     */
    public enum Groups {
        ALL, LOAD, IMPORT, XKS, REPLICATION;

        public boolean load() {
            return this == ALL || this == LOAD;
        }

        public boolean imports() {
            return this == ALL || this == IMPORT;
        }

        public boolean xks() {
            return this == ALL || this == XKS;
        }

        public boolean replication() {
            return this == REPLICATION;
        }
    }

    static final String USAGE = """
            usage: LoadBenchmark [--endpoint URL] [--access-key ID] [--secret-key SECRET] [--region R]
                                 [--clients N] [--warmup SECONDS] [--duration SECONDS] [--quick]
                                 [--max-requests N] [--max-errors N] [--key-id ID] [--csv FILE]
                                 [--only load|import|xks|replication] [--sweep-keys N] [--pool-wait SECONDS]
                                 [--import-samples N] [--db-url JDBC_URL] [--db-user USER] [--xks-ca DIR]
                                 [--xks-clients N] [--replica-endpoint URL] [--replica-region R]
                                 [--relay-port N] [--replicate-keys N] [--replication-clients N]
              --endpoint      server on a loopback address (default http://127.0.0.1:8080)
              --access-key    API access key id   (default: env STRONGROOM_ACCESS_KEY_ID)
              --secret-key    API secret key      (default: env STRONGROOM_SECRET_ACCESS_KEY)
              --region        SigV4 region        (default: env STRONGROOM_REGION or us-east-1)
              --clients       concurrent clients per scenario (default 32)
              --warmup        warm-up seconds in total, split over the scenarios (default 10)
              --duration      measured seconds per scenario (default 15)
              --quick         smoke run: 5 s warm-up in total, 2 s per scenario, small import samples
              --max-requests  request bound per scenario (default 2000000)
              --max-errors    a scenario stops after this many failures (default 100)
              --key-id        use this existing key instead of creating one
              --csv           also write the figures to FILE as CSV
              --only          load, import, xks or replication: run only that group (default the first
                              three; replication needs a second region and runs only when named)
              --sweep-keys    keys with expiring imported material for the sweep (default 10000, quick 1000)
              --pool-wait     seconds the wrapping key pool gets to refill before warm calls (default 30)
              --import-samples  ImportKeyMaterial calls measured (default 100, quick 10)
              --db-url        the region's PostgreSQL, for the sweep (default: env STRONGROOM_DB_URL;
                              unset: the sweep is skipped); password from env STRONGROOM_DB_PASSWORD
              --db-user       its user (default: env STRONGROOM_DB_USER or postgres)
              --xks-ca        directory with ca.pem and ca.key: the CA the region trusts for XKS proxies
                              (its STRONGROOM_XKS_TRUST_STORE); the xks group's in-process proxy gets its
                              certificate from it (default: env STRONGROOM_BENCH_XKS_CA; unset: xks skipped)
              --xks-clients   concurrent clients of the xks group (default 8: with 32, client, region and
                              proxy saturate 2 cores so far that proxy calls miss their 250 ms budget)
              --replica-endpoint  the replica's region for --only replication, on a loopback address
                              (default: env STRONGROOM_BENCH_REPLICA_ENDPOINT)
              --replica-region    its region name (default eu-west-1); --region is the primary's
              --relay-port    port of the replication relay this process runs; both regions must send to it
                              (their STRONGROOM_REPLICATION_RELAY) (default 8090)
              --replicate-keys  keys replicated one by one, each timed until Enabled (default 30, quick 5)
              --replication-clients  concurrent clients of the cross-region Encrypt/Decrypt scenarios (default 8)
            Every flag can also be given as the system property strongroom.benchmark.<flag>.
            """;

    private static final String PROPERTY_PREFIX = "strongroom.benchmark.";

    /** Thrown for a bad command line; the message is shown with the usage text. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static BenchmarkOptions parse(String[] args, UnaryOperator<String> systemProperties,
                                         UnaryOperator<String> environment) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if ("quick".equals(name) || "help".equals(name)) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("missing value for --" + name);
            }
            flags.put(name, value);
        }
        if (flags.containsKey("help")) {
            throw new UsageException("");
        }
        UnaryOperator<String> lookup = name -> flags.containsKey(name)
                ? flags.get(name) : systemProperties.apply(PROPERTY_PREFIX + name);

        boolean quick = Boolean.parseBoolean(lookup.apply("quick"));
        String accessKey = firstOf(lookup.apply("access-key"), environment.apply("STRONGROOM_ACCESS_KEY_ID"));
        String secretKey = firstOf(lookup.apply("secret-key"), environment.apply("STRONGROOM_SECRET_ACCESS_KEY"));
        if (accessKey == null || secretKey == null) {
            throw new UsageException("API credentials are required: --access-key/--secret-key or "
                    + "STRONGROOM_ACCESS_KEY_ID/STRONGROOM_SECRET_ACCESS_KEY");
        }
        URI endpoint = URI.create(firstOf(lookup.apply("endpoint"), "http://127.0.0.1:8080"));
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())
                || endpoint.getHost() == null) {
            throw new UsageException("--endpoint must be an http(s) URL with a host: " + endpoint);
        }
        return new BenchmarkOptions(endpoint, accessKey, secretKey,
                firstOf(lookup.apply("region"), environment.apply("STRONGROOM_REGION"), "us-east-1"),
                (int) positive(lookup, "clients", 32),
                seconds(lookup, "warmup", quick ? 5 : 10, true),
                seconds(lookup, "duration", quick ? 2 : 15, false),
                positive(lookup, "max-requests", 2_000_000),
                positive(lookup, "max-errors", 100),
                Optional.ofNullable(lookup.apply("key-id")),
                Optional.ofNullable(lookup.apply("csv")).map(Path::of),
                groups(lookup.apply("only")),
                ImportOptions.parse(lookup, environment, quick),
                Optional.ofNullable(firstOf(lookup.apply("xks-ca"), environment.apply("STRONGROOM_BENCH_XKS_CA")))
                        .map(Path::of),
                (int) positive(lookup, "xks-clients", 8),
                ReplicationOptions.parse(lookup, environment, quick));
    }

    private static Groups groups(String raw) {
        if (raw == null) {
            return Groups.ALL;
        }
        return switch (raw.trim()) {
            case "load" -> Groups.LOAD;
            case "import" -> Groups.IMPORT;
            case "xks" -> Groups.XKS;
            case "replication" -> Groups.REPLICATION;
            default -> throw new UsageException("--only must be load, import, xks or replication: " + raw);
        };
    }

    /** The same run aimed at another region (the replica's): its endpoint and SigV4 region. */
    public BenchmarkOptions targeting(URI otherEndpoint, String otherRegion) {
        return new BenchmarkOptions(otherEndpoint, accessKeyId, secretAccessKey, otherRegion, clients, totalWarmUp,
                perScenario, maxRequests, maxErrors, keyId, csv, groups, importing, xksCertificateAuthority, xksClients,
                replication);
    }

    /** Warm-up of one scenario: the total split evenly, so a run's length is predictable. */
    public Duration warmUpPerScenario(int scenarios) {
        return totalWarmUp.dividedBy(Math.max(1, scenarios));
    }

    /** Everything but the secret, for the report header. */
    @Override
    public String toString() {
        return "endpoint " + endpoint + ", region " + region + ", " + clients + " clients, warm-up "
                + totalWarmUp.toMillis() / 1000.0 + " s total, " + perScenario.toMillis() / 1000.0
                + " s per scenario (at most " + maxRequests + " requests)";
    }

    static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    static long positive(UnaryOperator<String> lookup, String name, long fallback) {
        String raw = lookup.apply(name);
        if (raw == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < 1 || name.endsWith("clients") && value > 1024) {
                throw new UsageException("--" + name + " out of range: " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number: " + raw);
        }
    }

    static Duration seconds(UnaryOperator<String> lookup, String name, double fallback, boolean zeroAllowed) {
        String raw = lookup.apply(name);
        double value;
        try {
            value = raw == null ? fallback : Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number of seconds: " + raw);
        }
        // An hour per scenario is far beyond any sensible run; the bound keeps loops finite.
        if (value < 0 || !zeroAllowed && value == 0 || value > 3600 || Double.isNaN(value)) {
            throw new UsageException("--" + name + " out of range: " + raw);
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }
}
