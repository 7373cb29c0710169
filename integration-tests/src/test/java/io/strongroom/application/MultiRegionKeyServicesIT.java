package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.MultiRegionKey;
import io.strongroom.client.Tag;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.policy.DefaultKeyPolicy;
import io.strongroom.it.SqlRows;
import io.strongroom.it.StrongroomDeployment;
import io.strongroom.it.SystemTransaction;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * ReplicateKey and UpdatePrimaryRegion as the primary's region takes them (not on the API until the
 * replication transport completes them), and the multi-Region deletion rules, inside Payara Micro
 * against PostgreSQL: what is stored, what a refusal leaves unchanged, what the deletion sweeper
 * does with a primary waiting for its replicas. Moves only the other Region can report are made
 * on the key aggregate in a system transaction, as the transport will make them.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class MultiRegionKeyServicesIT {

    private static final CallerContext CALLER =
            new CallerContext("arn:aws:iam::111122223333:user/admin", "it-multi-region", "internal", "ejb");

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(MultiRegionKeyServicesIT.class, SqlRows.class, SystemTransaction.class);
    }

    @Inject
    KeyLifecycleService keys;
    @Inject
    KeyStateService keyStates;
    @Inject
    MultiRegionKeyService multiRegion;
    @Inject
    CryptoOperations crypto;
    @Inject
    KeyDeletionSweep sweep;
    @Inject
    KeyRepository keyRepository;
    @Inject
    UserTransaction transaction;
    private final SqlRows database = SqlRows.inContainer();

    @Test
    void replicateKeyDescribesTheReplicaAndRecordsItAsCreating() throws Exception {
        KeyMetadata primary = newPrimary();
        ReplicaOrder order = multiRegion.replicateKey(CALLER, primary.arn(), "eu-west-2", null, false, null,
                List.of(new Tag("team", "payments")));

        KeyMetadata replica = order.replicaKeyMetadata();
        assertEquals(primary.keyId(), replica.keyId());
        assertEquals("arn:aws:kms:eu-west-2:111122223333:key/" + primary.keyId(), replica.arn());
        assertEquals("Creating", replica.keyState());
        assertEquals("", replica.description(), "not copied from the primary");
        assertEquals(primary.keySpec(), replica.keySpec());
        assertEquals("REPLICA", replica.multiRegionConfiguration().multiRegionKeyType());
        assertEquals(primary.arn(), replica.multiRegionConfiguration().primaryKey().arn());
        assertEquals(DefaultKeyPolicy.forAccount("111122223333"), order.replicaPolicy());
        assertEquals(List.of(new Tag("team", "payments")), order.replicaTags());

        assertEquals(List.of(new MultiRegionKey(replica.arn(), "eu-west-2")), replicaKeys(primary.keyId()));
        assertEquals(1, database.count("select count(*) from key_replica where key_id = ? and region = 'eu-west-2'"
                + " and key_state = 'Creating'", primary.keyId()));
        assertEquals(1, database.count("select count(*) from audit_event where key_id = ? and operation = 'ReplicateKey'"
                + " and outcome = 'Success'", primary.keyId()));
        assertError(KmsError.AlreadyExistsException,
                () -> multiRegion.replicateKey(CALLER, primary.keyId(), "eu-west-2", null, false, "again", null));
    }

    @Test
    void refusedReplicationsChangeNothing() throws Exception {
        KeyMetadata primary = newPrimary();
        String single = keys.createKey(CALLER, CreateKeyRequest.symmetric("it-single")).keyId();
        assertError(KmsError.ValidationException, () -> replicate(primary.keyId(), "eu-west", null, null));
        assertError(KmsError.ValidationException, () -> replicate(primary.keyId(), "us-east-1", null, null));
        assertError(KmsError.MalformedPolicyDocumentException, () -> replicate(primary.keyId(), "eu-west-2", "{", null));
        assertError(KmsError.TagException, () -> replicate(primary.keyId(), "eu-west-2", null, List.of(new Tag("aws:x", ""))));
        assertError(KmsError.ValidationException, () -> multiRegion.replicateKey(CALLER, primary.keyId(), "eu-west-2",
                null, false, "x".repeat(8193), null));
        assertError(KmsError.UnsupportedOperationException, () -> replicate(single, "eu-west-2", null, null));
        assertError(KmsError.NotFoundException, () -> replicate("mrk-00000000000000000000000000000000", "eu-west-2", null, null));
        keyStates.disableKey(CALLER, primary.keyId());
        assertError(KmsError.DisabledException, () -> replicate(primary.keyId(), "eu-west-2", null, null));

        assertEquals(List.of(), replicaKeys(primary.keyId()));
        assertEquals(0, database.count("select count(*) from key_replica where key_id = ?", primary.keyId()));
        assertTrue(database.count("select count(*) from audit_event where key_id = ? and operation = 'ReplicateKey'"
                + " and outcome = 'DisabledException'", primary.keyId()) >= 1);
    }

    @Test
    void aPrimaryWithAReplicaWaitsForItBeforeItsDeletionClockStarts() throws Exception {
        KeyMetadata primary = newPrimary();
        replicate(primary.keyId(), "eu-west-2", null, null);

        var scheduled = keyStates.scheduleKeyDeletion(CALLER, primary.keyId(), 9);
        assertEquals("PendingReplicaDeletion", scheduled.keyState());
        assertNull(scheduled.deletionDate());
        KeyMetadata waiting = keys.describeKey(CALLER, primary.keyId());
        assertEquals(9, waiting.pendingDeletionWindowInDays());
        assertNull(waiting.deletionDate());

        // A deletion date slipped into the row must not make the sweeper delete a key still waiting.
        database.execute("update kms_key set deletion_date = now() - interval '1 day' where key_id = ?", primary.keyId());
        sweep.sweep(Instant.now());
        assertEquals("PendingReplicaDeletion", keys.describeKey(CALLER, primary.keyId()).keyState());

        keyStates.cancelKeyDeletion(CALLER, primary.keyId());
        KeyMetadata back = keys.describeKey(CALLER, primary.keyId());
        assertEquals("Disabled", back.keyState());
        assertNull(back.pendingDeletionWindowInDays());
        assertEquals(0, database.count("select count(*) from kms_key where key_id = ? and pending_deletion_window_days is not null",
                primary.keyId()));
    }

    @Test
    void theLastReplicaGoneStartsTheWaitingPeriodAndTheSweeperThenDeletes() throws Exception {
        KeyMetadata primary = newPrimary();
        replicate(primary.keyId(), "eu-west-2", null, null);
        replicate(primary.keyId(), "ap-southeast-2", null, null);
        keyStates.scheduleKeyDeletion(CALLER, primary.keyId(), 7);

        Instant lastGone = Instant.now();
        onKey(primary.keyId(), key -> key.topology().replicaDeleted("eu-west-2", lastGone));
        assertEquals("PendingReplicaDeletion", keys.describeKey(CALLER, primary.keyId()).keyState());
        onKey(primary.keyId(), key -> key.topology().replicaDeleted("ap-southeast-2", lastGone));

        KeyMetadata pending = keys.describeKey(CALLER, primary.keyId());
        assertEquals("PendingDeletion", pending.keyState());
        assertEquals(lastGone.plus(Duration.ofDays(7)).toEpochMilli(), pending.deletionDate().toEpochMilli());
        assertEquals(List.of(), pending.multiRegionConfiguration().replicaKeys());
        assertEquals(0, database.count("select count(*) from key_replica where key_id = ?", primary.keyId()));

        database.execute("update kms_key set deletion_date = now() - interval '1 minute' where key_id = ?", primary.keyId());
        sweep.sweep(Instant.now());
        assertError(KmsError.NotFoundException, () -> keys.describeKey(CALLER, primary.keyId()));
        assertEquals(1, database.count("select count(*) from deleted_key where key_id = ?", primary.keyId()));
    }

    @Test
    void updatePrimaryRegionLeavesBothKeysUpdatingAndUsable() throws Exception {
        KeyMetadata primary = newPrimary();
        replicate(primary.keyId(), "eu-west-2", null, null);
        assertError(KmsError.KMSInvalidStateException,
                () -> multiRegion.updatePrimaryRegion(CALLER, primary.keyId(), "eu-west-2"), "creating");
        onKey(primary.keyId(), key -> key.topology().replicaStateReported("eu-west-2", KeyState.Enabled));
        assertError(KmsError.NotFoundException, () -> multiRegion.updatePrimaryRegion(CALLER, primary.keyId(), "sa-east-1"));
        assertError(KmsError.ValidationException, () -> multiRegion.updatePrimaryRegion(CALLER, primary.keyId(), "EU"));

        multiRegion.updatePrimaryRegion(CALLER, primary.keyId(), "eu-west-2");

        assertEquals("Updating", keys.describeKey(CALLER, primary.keyId()).keyState());
        assertEquals(1, database.count("select count(*) from key_replica where key_id = ? and key_state = 'Updating'",
                primary.keyId()));
        byte[] plaintext = "still usable".getBytes(StandardCharsets.UTF_8);
        byte[] blob = crypto.encrypt(CALLER, new EncryptRequest(primary.keyId(), plaintext, Map.of(), null)).ciphertextBlob();
        assertEquals("still usable", new String(crypto.decrypt(CALLER, new DecryptRequest(blob, Map.of(), null, null))
                .plaintext(), StandardCharsets.UTF_8));
        assertError(KmsError.KMSInvalidStateException, () -> keyStates.disableKey(CALLER, primary.keyId()), "is updating");
        assertError(KmsError.KMSInvalidStateException,
                () -> keyStates.scheduleKeyDeletion(CALLER, primary.keyId(), 7), "is updating");
        assertError(KmsError.KMSInvalidStateException, () -> replicate(primary.keyId(), "sa-east-1", null, null), "is updating");

        onKey(primary.keyId(), key -> key.topology().becomeReplica("eu-west-2"));
        KeyMetadata nowReplica = keys.describeKey(CALLER, primary.keyId());
        assertEquals("Enabled", nowReplica.keyState());
        assertEquals("REPLICA", nowReplica.multiRegionConfiguration().multiRegionKeyType());
        assertEquals("eu-west-2", nowReplica.multiRegionConfiguration().primaryKey().region());
        assertEquals(List.of(new MultiRegionKey(primary.arn(), "us-east-1")), nowReplica.multiRegionConfiguration().replicaKeys());
        assertError(KmsError.UnsupportedOperationException, () -> replicate(primary.keyId(), "sa-east-1", null, null));
    }

    private KeyMetadata newPrimary() {
        KeyMetadata key = keys.createKey(CALLER, new CreateKeyRequest("it-multi-region", null, null, null, List.of(),
                null, false, true));
        assertEquals("PRIMARY", key.multiRegionConfiguration().multiRegionKeyType());
        return key;
    }

    private ReplicaOrder replicate(String keyId, String region, String policy, List<Tag> tags) {
        return multiRegion.replicateKey(CALLER, keyId, region, policy, false, null, tags);
    }

    private List<MultiRegionKey> replicaKeys(String keyId) {
        return keys.describeKey(CALLER, keyId).multiRegionConfiguration().replicaKeys();
    }

    /** A change the other Region reports, made on the key aggregate as the transport will make it. */
    private void onKey(String keyId, Consumer<Key> change) throws Exception {
        SystemTransaction.run(transaction, "MultiRegionKeyServicesIT",
                () -> change.accept(keyRepository.findById(keyId).orElseThrow()));
    }

    private static void assertError(KmsError expected, Executable call) {
        assertError(expected, call, "");
    }

    private static void assertError(KmsError expected, Executable call, String messagePart) {
        KmsException e = assertThrows(KmsException.class, call);
        assertEquals(expected, e.error(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }
}
