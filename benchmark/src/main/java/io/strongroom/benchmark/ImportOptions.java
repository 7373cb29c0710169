package io.strongroom.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The parameters of the bring-your-own-key benchmark: sample counts, how long the wrapping key
 * pool gets to refill, and the region's database for the expiry sweep (which inserts its keys
 * there directly: 10,000 imports through the API would take longer than the sweep itself).
 *
 * @param warmRounds     rounds of warm GetParametersForImport calls, each taking the pool's target per spec
 * @param coldSamples    cold GetParametersForImport calls per spec, for RSA_2048, RSA_3072, RSA_4096
 * @param importSamples  measured ImportKeyMaterial calls
 * @param poolWait       time the pool gets to refill after it was drained, before a warm round
 * @param sweepKeys      keys whose material the sweep deletes
 * @param database       the region's PostgreSQL; empty: the sweep is skipped
 */
public record ImportOptions(int warmRounds, int[] coldSamples, int importSamples, Duration poolWait,
                            int sweepKeys, Optional<Database> database) {

    /** JDBC coordinates of the region's database; the password is never printed. */
    public record Database(String url, String user, String password) {
        @Override
        public String toString() {
            return url + " as " + user;
        }

        /** The host of a {@code jdbc:postgresql://host:port/db} URL, for the loopback check. */
        URI uri() {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new BenchmarkOptions.UsageException("--db-url must be a jdbc:postgresql:// URL: " + url);
            }
            return URI.create(url.substring("jdbc:".length()));
        }
    }

    static ImportOptions parse(UnaryOperator<String> lookup, UnaryOperator<String> environment, boolean quick) {
        long sweepKeys = BenchmarkOptions.positive(lookup, "sweep-keys", quick ? 1_000 : 10_000);
        long importSamples = BenchmarkOptions.positive(lookup, "import-samples", quick ? 10 : 100);
        // Bounds that keep a run finite: the sweep inserts in one statement, every import generates a pair.
        if (sweepKeys > 1_000_000 || importSamples > 100_000) {
            throw new BenchmarkOptions.UsageException("--sweep-keys (at most 1000000) or --import-samples "
                    + "(at most 100000) out of range");
        }
        Duration poolWait = BenchmarkOptions.seconds(lookup, "pool-wait", 30, true);
        String url = BenchmarkOptions.firstOf(lookup.apply("db-url"), environment.apply("STRONGROOM_DB_URL"));
        Optional<Database> database = Optional.empty();
        if (url != null) {
            Database db = new Database(url,
                    BenchmarkOptions.firstOf(lookup.apply("db-user"), environment.apply("STRONGROOM_DB_USER"), "postgres"),
                    BenchmarkOptions.firstOf(environment.apply("STRONGROOM_DB_PASSWORD"), ""));
            if (db.uri().getHost() == null) {
                throw new BenchmarkOptions.UsageException("--db-url has no host: " + url);
            }
            database = Optional.of(db);
        }
        return new ImportOptions(quick ? 1 : 3, quick ? new int[] {8, 3, 2} : new int[] {40, 16, 8},
                (int) importSamples, poolWait, (int) sweepKeys, database);
    }

    @Override
    public String toString() {
        return warmRounds + " warm round(s), " + importSamples + " imports, pool wait " + poolWait.toSeconds()
                + " s, sweep of " + sweepKeys + " keys" + database.map(db -> " in " + db).orElse(" (no database: skipped)");
    }
}
