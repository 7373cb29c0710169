package io.strongroom.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Defines the region's database connection pool, {@code java:app/jdbc/strongroom}, inside the
 * application so the same WAR runs on any Payara without server-side JDBC configuration. The
 * URL and credentials come from MicroProfile Config ({@code STRONGROOM_DB_URL}, {@code _USER},
 * {@code _PASSWORD}: environment variables or the system properties the launcher sets for its
 * embedded PostgreSQL), resolved by Payara when the pool is created.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/strongroom",
        // The driver class, not PGSimpleDataSource: with a DataSource class Payara passes its own
        // serverName/portNumber defaults, which take precedence over the URL's host and port.
        className = "org.postgresql.Driver",
        url = "${MPCONFIG=STRONGROOM_DB_URL}",
        user = "${MPCONFIG=STRONGROOM_DB_USER}",
        password = "${MPCONFIG=STRONGROOM_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class StrongroomDataSource {
}
