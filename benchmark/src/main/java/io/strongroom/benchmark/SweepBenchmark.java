package io.strongroom.benchmark;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Throughput of the expiry sweep: N keys whose imported material reaches its ValidTo at the same
 * moment, timed from that ValidTo until the last of them is PendingImport without material.
 *
 * <p>The keys are inserted directly into the region's database, as copies of a key that received
 * its material through ImportKeyMaterial: 10,000 imports through the API would take far longer
 * than the sweep. The copies are valid rows (origin EXTERNAL, Enabled, material version 1, an
 * expiring ValidTo, one key_material row); their sealed material is random bytes, which the sweep
 * deletes without opening. Their expiry warning is marked as already recorded, as it would be for
 * material that was imported days before, so only the deletion is measured. The copies are
 * removed at the end (their audit events stay).
 */
final class SweepBenchmark {

    /** The sweep's bound per run (MaterialExpirySweep: BATCH_SIZE 100 × MAX_BATCHES 20). */
    static final int KEYS_PER_RUN = 100 * 20;
    /** A pause this long between two deletions separates two sweep runs. */
    static final Duration RUN_GAP = Duration.ofMillis(500);
    private static final Duration LEAD = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int COMMITS = 50;

    private static final String INSERT = """
            with template as (
                select * from kms_key where key_id = ? and origin = 'EXTERNAL' and current_material_version = 1),
            inserted as (
                insert into kms_key (key_id, description, key_spec, key_usage, origin, key_state, key_manager,
                                     multi_region, created_at, current_material_version, policy, valid_to,
                                     expiration_model, material_fingerprint, expiry_warned_at)
                select gen_random_uuid()::text, ?, t.key_spec, t.key_usage, t.origin, 'Enabled', t.key_manager,
                       t.multi_region, now(), 1, t.policy, ?, 'KEY_MATERIAL_EXPIRES', t.material_fingerprint, now()
                from template t cross join generate_series(1, ?)
                returning key_id)
            insert into key_material (key_id, material_version, material_sealed, created_at)
            select key_id, 1, ?, now() from inserted""";
    private static final String REMAINING =
            "select count(*) from kms_key where description = ? and current_material_version is not null";
    private static final String SWEPT = "select count(*) from kms_key k where description = ? and key_state = 'PendingImport'"
            + " and current_material_version is null and valid_to is null"
            + " and not exists (select 1 from key_material m where m.key_id = k.key_id)";
    private static final String DELETIONS = "select a.event_time from audit_event a join kms_key k on k.key_id = a.key_id"
            + " where k.description = ? and a.operation = 'DeleteExpiredKeyMaterial' and a.outcome = 'Success'"
            + " order by a.event_time";

    /**
     * What the run measured.
     *
     * @param keys         keys inserted
     * @param insert       time the insert took
     * @param validTo      the common ValidTo (or the commit, if that came later)
     * @param completedAt  when the poll first saw no key with material left; null when it timed out
     * @param remaining    keys still holding material at the end
     * @param swept        keys found PendingImport without material at the end
     * @param runs         the sweep runs, from the audit trail
     * @param commitMillis p50 of a bare single-row durable commit on this database: the floor of the
     *                     sweep's one transaction per key
     */
    record Result(int keys, Duration insert, Instant validTo, Instant completedAt, long remaining, long swept,
                  List<SweepRuns.Run> runs, double commitMillis) {

        Duration wallTime() {
            return completedAt == null ? null : Duration.between(validTo, completedAt);
        }
    }

    private final ImportOptions.Database database;

    SweepBenchmark(ImportOptions.Database database) {
        this.database = database;
    }

    Result run(String templateKeyId, int keys) throws SQLException, InterruptedException {
        String marker = "Strongroom sweep benchmark " + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            try {
                return measure(db, templateKeyId, keys, marker);
            } finally {
                cleanUp(db, marker);
            }
        }
    }

    private Result measure(Connection db, String templateKeyId, int keys, String marker)
            throws SQLException, InterruptedException {
        double commitMillis = commitFloor(db, templateKeyId);
        Instant started = Instant.now();
        Instant validTo = started.plus(LEAD).truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            insert.setString(1, templateKeyId);
            insert.setString(2, marker);
            insert.setObject(3, validTo.atOffset(ZoneOffset.UTC));
            insert.setInt(4, keys);
            insert.setBytes(5, randomSealedBytes());
            int inserted = insert.executeUpdate();
            if (inserted != keys) {
                throw new IllegalStateException("inserted " + inserted + " keys instead of " + keys
                        + " (is " + templateKeyId + " an EXTERNAL key with imported material?)");
            }
        }
        Instant committed = Instant.now();
        Instant from = committed.isAfter(validTo) ? committed : validTo;

        // Generous bound: 50 ms per key plus two minutes of timer periods.
        Instant deadline = from.plus(Duration.ofMillis(50L * keys)).plusSeconds(120);
        Instant completedAt = null;
        long remaining = keys;
        while (Instant.now().isBefore(deadline)) {
            remaining = count(db, REMAINING, marker);
            if (remaining == 0) {
                completedAt = Instant.now();
                break;
            }
            Thread.sleep(POLL.toMillis());
        }
        List<Instant> deletions = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(DELETIONS)) {
            query.setString(1, marker);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    deletions.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        }
        return new Result(keys, Duration.between(started, committed), from, completedAt, remaining,
                count(db, SWEPT, marker), SweepRuns.split(deletions, RUN_GAP, KEYS_PER_RUN), commitMillis);
    }

    /** Single-row updates that change nothing, each committed on its own, as the sweep commits each key. */
    private static double commitFloor(Connection db, String keyId) throws SQLException {
        LatencySamples commits = new LatencySamples(COMMITS);
        try (PreparedStatement touch = db.prepareStatement("update kms_key set row_version = row_version where key_id = ?")) {
            touch.setString(1, keyId);
            for (int i = 0; i < COMMITS; i++) {
                long start = System.nanoTime();
                touch.executeUpdate();
                commits.add(System.nanoTime() - start);
            }
        }
        return commits.percentile(50) / 1e6;
    }

    private static long count(Connection db, String sql, String marker) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, marker);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Removes the inserted keys (the sweep left none of their material, but a timed-out run may have). */
    private static void cleanUp(Connection db, String marker) throws SQLException {
        try (PreparedStatement material = db.prepareStatement("delete from key_material where key_id in"
                + " (select key_id from kms_key where description = ?)");
             PreparedStatement key = db.prepareStatement("delete from kms_key where description = ?")) {
            material.setString(1, marker);
            material.executeUpdate();
            key.setString(1, marker);
            key.executeUpdate();
        }
    }

    /** Stand-in for sealed material (IV, 32-byte key, GCM tag): never opened, only deleted. */
    private static byte[] randomSealedBytes() {
        byte[] bytes = new byte[12 + 32 + 16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
