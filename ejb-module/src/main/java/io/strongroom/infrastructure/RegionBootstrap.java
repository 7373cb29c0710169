package io.strongroom.infrastructure;

import io.strongroom.application.RegionHealth;
import io.strongroom.infrastructure.config.StrongroomConfig;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.infrastructure.crypto.RootKeyFile;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a node up in order: Flyway migrations (before anything uses JPA), the root key (loaded,
 * then checked against the database's check value), the bootstrap console user and API credential
 * on a first start, then the replication signing key and the configured peer regions. The node
 * reports ready ({@link RegionHealth}) only after all of them.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegionBootstrap {

    private static final Logger LOG = Logger.getLogger(RegionBootstrap.class.getName());

    @Resource(lookup = "java:app/jdbc/strongroom")
    private DataSource dataSource;
    @Inject
    private StrongroomConfig config;
    @Inject
    private CryptoBoundary crypto;
    @EJB
    private BootstrapSteps steps;
    @Inject
    private RegionHealth health;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        var result = Flyway.configure(RegionBootstrap.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        loadRootKey();
        steps.verifyOrRecordRootKey();
        steps.ensureBootstrapCredentials();
        steps.ensureReplicationTrust();
        health.markStarted();
        LOG.info(() -> "Strongroom region " + config.region() + " ready in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void loadRootKey() {
        byte[] rootKey = null;
        try {
            rootKey = RootKeyFile.loadOrCreate(config.rootKeyFile(), !config.rootKeyFileConfigured());
            crypto.installRootKey(rootKey);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot load the region root key: " + e.getMessage(), e);
        } finally {
            if (rootKey != null) {
                Arrays.fill(rootKey, (byte) 0);
            }
        }
    }
}
