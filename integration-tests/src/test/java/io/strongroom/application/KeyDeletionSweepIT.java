package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.it.SqlRows;
import io.strongroom.it.StrongroomDeployment;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deletion sweeper inside Payara Micro, against PostgreSQL, without waiting out a pending
 * window: the test moves a key's deletion date into the past in the database and runs the sweep
 * the timer runs. The node's own timer may sweep first; the assertions look at what the database
 * holds afterwards, not at who deleted.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class KeyDeletionSweepIT {

    private static final CallerContext CALLER =
            new CallerContext("arn:aws:iam::111122223333:user/admin", "it-deletion-sweep", "internal", "ejb");

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(KeyDeletionSweepIT.class, SqlRows.class);
    }

    @Inject
    KeyLifecycleService keys;
    @Inject
    KeyStateService keyStates;
    @Inject
    AliasService aliases;
    @Inject
    KeyDeletionSweep sweep;
    @Inject
    UserTransaction transaction;
    @Resource(lookup = "java:app/jdbc/strongroom")
    DataSource dataSource;
    private final SqlRows database = SqlRows.inContainer();

    @Test
    void aDueKeyIsDeletedWithItsMaterialTagsAndAliasesAndLeavesATombstone() throws Exception {
        String keyId = keys.createKey(CALLER, new CreateKeyRequest("it-deletion", null, null, null,
                List.of(new Tag("suite", "deletion")))).keyId();
        String alias = "alias/it-deletion-" + keyId;
        aliases.createAlias(CALLER, alias, keyId);
        keyStates.scheduleKeyDeletion(CALLER, keyId, 7);
        makeDue(keyId);

        KeyDeletionSweep.Result result = sweep.sweep(Instant.now());

        assertEquals(0, result.failed(), result.toString());
        assertNotFound(keyId);
        assertNotFound(alias);
        assertEquals(0, database.count("select count(*) from kms_key where key_id = ?", keyId));
        assertEquals(0, database.count("select count(*) from key_material where key_id = ?", keyId));
        assertEquals(0, database.count("select count(*) from key_tag where key_id = ?", keyId));
        assertEquals(0, database.count("select count(*) from key_alias where key_id = ?", keyId));
        assertEquals(1, database.count("select count(*) from deleted_key where key_id = ? and key_spec = 'SYMMETRIC_DEFAULT'"
                + " and key_usage = 'ENCRYPT_DECRYPT' and origin = 'AWS_KMS' and deleted_at >= deletion_date", keyId));
        assertEquals(1, database.count("select count(*) from audit_event where key_id = ? and operation = 'DeleteKey'"
                + " and outcome = 'Success' and channel = 'timer'", keyId));
    }

    @Test
    void aKeyNotYetDueStaysPendingDeletion() {
        String keyId = newKey();
        keyStates.scheduleKeyDeletion(CALLER, keyId, 7);
        sweep.sweep(Instant.now());
        assertEquals("PendingDeletion", keys.describeKey(CALLER, keyId).keyState());
        keyStates.cancelKeyDeletion(CALLER, keyId);
    }

    @Test
    void aFailingKeyDoesNotStopTheSweep() throws Exception {
        String failing = newKey();
        String healthy = newKey();
        keyStates.scheduleKeyDeletion(CALLER, failing, 7);
        keyStates.scheduleKeyDeletion(CALLER, healthy, 7);
        // A row the deletion does not know about keeps the key row from being deleted.
        database.execute("create table if not exists it_sweep_blocker (key_id varchar(64) references kms_key (key_id))");
        try {
            database.execute("insert into it_sweep_blocker (key_id) values (?)", failing);
            makeDue(failing);
            makeDue(healthy);

            KeyDeletionSweep.Result result = sweep.sweep(Instant.now());

            // This node's own timer may have met the blocked key first and be holding it; then the sweep skipped it.
            assertTrue(result.failed() + result.skipped() >= 1, result.toString());
            assertNotFound(healthy);
            assertEquals("PendingDeletion", keys.describeKey(CALLER, failing).keyState());
            assertEquals(0, database.count("select count(*) from deleted_key where key_id = ?", failing), "rolled back alone");
            assertTrue(database.count("select count(*) from audit_event where key_id = ? and operation = 'DeleteKey'"
                    + " and outcome = 'KMSInternalException' and channel = 'timer'", failing) >= 1);

            database.execute("delete from it_sweep_blocker where key_id = ?", failing);
            sweep.sweep(Instant.now());
            assertNotFound(failing);
        } finally {
            database.execute("drop table if exists it_sweep_blocker");
        }
    }

    @Test
    void aKeyHeldByAnotherTransactionIsSkippedNotWaitedFor() throws Exception {
        String keyId = newKey();
        keyStates.scheduleKeyDeletion(CALLER, keyId, 7);
        makeDue(keyId);
        transaction.begin();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement("select key_id from kms_key where key_id = ? for update")) {
            lock.setString(1, keyId);
            assertTrue(lock.executeQuery().next());
            // The sweep runs outside this transaction (NOT_SUPPORTED) and finds the row locked.
            KeyDeletionSweep.Result result = sweep.sweep(Instant.now());
            assertTrue(result.skipped() >= 1, result.toString());
        } finally {
            transaction.rollback();
        }
        assertEquals("PendingDeletion", keys.describeKey(CALLER, keyId).keyState());
        sweep.sweep(Instant.now());
        assertNotFound(keyId);
    }

    private String newKey() {
        return keys.createKey(CALLER, CreateKeyRequest.symmetric("it-deletion")).keyId();
    }

    private void makeDue(String keyId) throws SQLException {
        database.execute("update kms_key set deletion_date = now() - interval '1 minute' where key_id = ?", keyId);
    }

    private void assertNotFound(String keyReference) {
        KmsException e = assertThrows(KmsException.class, () -> keys.describeKey(CALLER, keyReference));
        assertEquals(KmsError.NotFoundException, e.error());
    }
}
