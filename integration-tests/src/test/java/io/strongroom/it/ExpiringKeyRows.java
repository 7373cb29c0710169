package io.strongroom.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keys with imported material and a ValidTo, written straight into the region's database, for the
 * tests of the expiry metrics and screen. A key whose ValidTo has passed would be swept away within
 * a second (the test region sweeps every {@link TestRegion#EXPIRY_SWEEP_SECONDS}s), so such a key is
 * held: this connection keeps a FOR KEY SHARE lock on its row, which the sweep's
 * {@code FOR UPDATE SKIP LOCKED} claim skips, while readers see the row as committed. Closing
 * releases the locks and removes the keys.
 */
public final class ExpiringKeyRows implements AutoCloseable {

    /** The bands the console and the metrics count, with the same edges (each includes its upper bound). */
    public enum Band { EXPIRED, UNDER_24_HOURS, UNDER_7_DAYS, LATER }

    private static final String LISTED = "origin = 'EXTERNAL' and valid_to is not null and current_material_version is not null";

    private final Connection writer;
    private final Connection holder;
    private final List<String> keyIds = new ArrayList<>();

    private ExpiringKeyRows() throws SQLException {
        writer = TestDatabase.connect();
        holder = TestDatabase.connect();
        holder.setAutoCommit(false);
    }

    public static ExpiringKeyRows open() throws SQLException {
        return new ExpiringKeyRows();
    }

    /** An EXTERNAL key in the given stored state holding material that expires after validIn (negative: past). */
    public String insert(Duration validIn, String state, String description, String alias) throws SQLException {
        String keyId = UUID.randomUUID().toString();
        boolean past = validIn.isNegative() || validIn.isZero();
        try (PreparedStatement insert = writer.prepareStatement("insert into kms_key (key_id, description, key_spec,"
                + " key_usage, origin, key_state, key_manager, created_at, current_material_version, valid_to, expiration_model)"
                + " values (?, ?, 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', 'EXTERNAL', ?, 'CUSTOMER', now(), ?, ?, 'KEY_MATERIAL_EXPIRES')")) {
            insert.setString(1, keyId);
            insert.setString(2, description);
            insert.setString(3, state);
            // Past material is inserted without a material version, invisible to the sweep until held.
            insert.setObject(4, past ? null : 1);
            insert.setTimestamp(5, Timestamp.from(Instant.now().plus(validIn)));
            insert.executeUpdate();
        }
        keyIds.add(keyId);
        if (alias != null) {
            try (PreparedStatement insert = writer.prepareStatement(
                    "insert into key_alias (alias_name, key_id, created_at, last_updated_at) values (?, ?, now(), now())")) {
                insert.setString(1, alias);
                insert.setString(2, keyId);
                insert.executeUpdate();
            }
        }
        if (past) {
            hold(keyId);
        }
        return keyId;
    }

    /** An EXTERNAL key whose material is gone (no version, no ValidTo), as deletion or the sweep leaves it. */
    public String insertWithoutMaterial(String description) throws SQLException {
        String keyId = insert(Duration.ofDays(2), "PendingImport", description, null);
        try (PreparedStatement update = writer.prepareStatement(
                "update kms_key set current_material_version = null, valid_to = null where key_id = ?")) {
            update.setString(1, keyId);
            update.executeUpdate();
        }
        return keyId;
    }

    /** Key-share lock first, then the material version: the update (no key column) does not wait for the lock. */
    private void hold(String keyId) throws SQLException {
        try (PreparedStatement lock = holder.prepareStatement("select key_id from kms_key where key_id = ? for key share")) {
            lock.setString(1, keyId);
            lock.executeQuery().close();
        }
        try (PreparedStatement update = writer.prepareStatement(
                "update kms_key set current_material_version = 1 where key_id = ?")) {
            update.setString(1, keyId);
            update.executeUpdate();
        }
    }

    /** Row of kms_key: key_state and current_material_version (null when the material is gone). */
    public String stateAndVersion(String keyId) throws SQLException {
        try (PreparedStatement query = writer.prepareStatement(
                "select key_state, current_material_version from kms_key where key_id = ?")) {
            query.setString(1, keyId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) + "/" + row.getObject(2) : "missing";
            }
        }
    }

    /** What the database holds right now: listed keys per band, counted with the database's clock. */
    public Map<Band, Long> countsNow() throws SQLException {
        try (PreparedStatement query = writer.prepareStatement("select"
                + " count(*) filter (where valid_to <= now()),"
                + " count(*) filter (where valid_to > now() and valid_to <= now() + interval '24 hours'),"
                + " count(*) filter (where valid_to > now() + interval '24 hours' and valid_to <= now() + interval '7 days'),"
                + " count(*) filter (where valid_to > now() + interval '7 days')"
                + " from kms_key where " + LISTED);
             ResultSet row = query.executeQuery()) {
            row.next();
            Map<Band, Long> counts = new EnumMap<>(Band.class);
            for (Band band : Band.values()) {
                counts.put(band, row.getLong(band.ordinal() + 1));
            }
            return counts;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            holder.rollback();
            holder.close();
            for (String keyId : keyIds) {
                for (String table : List.of("key_alias", "key_material", "kms_key")) {
                    try (PreparedStatement delete = writer.prepareStatement("delete from " + table + " where key_id = ?")) {
                        delete.setString(1, keyId);
                        delete.executeUpdate();
                    }
                }
            }
        } finally {
            writer.close();
        }
    }
}
