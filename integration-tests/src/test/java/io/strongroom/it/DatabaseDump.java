package io.strongroom.it;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every value stored in the region's database: each column of each row of each table of the
 * {@code public} schema (binary columns as bytes, everything else in its text form), plus large
 * objects. Used to prove that no secret or key material is stored in plaintext.
 */
public record DatabaseDump(List<Cell> cells, int rows) {

    /** One stored value, with where it came from for the failure message. */
    public record Cell(String table, String column, byte[] value) {
        public String text() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    public static DatabaseDump of(Connection connection) throws SQLException {
        List<Cell> cells = new ArrayList<>();
        int rows = 0;
        for (String table : tables(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT * FROM public.\"" + table.replace("\"", "\"\"") + "\"")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    rows++;
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        byte[] value = "bytea".equals(meta.getColumnTypeName(column))
                                ? rs.getBytes(column)
                                : textOf(rs.getString(column));
                        if (value != null) {
                            cells.add(new Cell(table, meta.getColumnName(column), value));
                        }
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT loid, pageno, data FROM pg_catalog.pg_largeobject")) {
            while (rs.next()) {
                rows++;
                cells.add(new Cell("pg_largeobject", "loid " + rs.getLong(1) + " page " + rs.getInt(2), rs.getBytes(3)));
            }
        }
        return new DatabaseDump(List.copyOf(cells), rows);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static byte[] textOf(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /** Cells whose bytes contain the needle. */
    public List<Cell> containing(byte[] needle) {
        return cells.stream().filter(cell -> indexOf(cell.value(), needle) >= 0).toList();
    }

    public List<String> tableNames() {
        return cells.stream().map(Cell::table).distinct().toList();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
