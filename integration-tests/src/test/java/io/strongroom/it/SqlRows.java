package io.strongroom.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Plain SQL on the region's database, in the container (its own data source) or beside it
 * ({@link TestDatabase#dataSource()}): to check what a call left in the database, and to move a
 * row where no call takes it without waiting (a deletion date into the past). Parameters are
 * strings, bound in order.
 */
public final class SqlRows {

    private static final String REGION_DATA_SOURCE = "java:app/jdbc/strongroom";

    private final Supplier<DataSource> dataSource;

    public SqlRows(DataSource dataSource) {
        this.dataSource = () -> dataSource;
    }

    private SqlRows(Supplier<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The region's own data source, looked up at each use: Arquillian also builds the test instance
     * outside the container, where there is nothing to look up.
     */
    public static SqlRows inContainer() {
        return new SqlRows(() -> {
            try {
                return (DataSource) new InitialContext().lookup(REGION_DATA_SOURCE);
            } catch (NamingException e) {
                throw new IllegalStateException(REGION_DATA_SOURCE + " is only there inside the container", e);
            }
        });
    }

    public void execute(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.get().getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        }
    }

    /** The first column of the first row as a number, e.g. of {@code select count(*)}. */
    public long count(String sql, String... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    /** The first column of the first row as text. */
    public String text(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.get().getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, String... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
        return statement;
    }
}
