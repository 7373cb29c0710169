package io.strongroom.interfaces.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.PeerRegions;
import io.strongroom.it.PrivateRegion;
import io.strongroom.it.TwoRegions;
import io.strongroom.relay.Direction;
import io.strongroom.relay.RelayedMessage;
import io.strongroom.relay.ReplicationRelay;
import io.strongroom.relay.Tamper;
import io.strongroom.relay.Verdict;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlreadyExistsException;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInternalException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.MultiRegionKeyType;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;

/**
 * UpdatePrimaryRegion between two regions, each its own Payara Micro and database, through a relay
 * in this JVM, called with the AWS SDK: both keys Updating and usable, then the roles swapped in
 * both regions; refused calls that change nothing; the replica's region unreachable or its answer
 * lost while the update begins; the primary's region restarted while the new primary's answers
 * are lost, after which the update completes; and a replica that does not hold the primary's
 * current material yet, which cannot become the primary until it does.
 */
@Order(6)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdatePrimaryRegionIT {

    private static final String A = TwoRegions.A;
    private static final String B = TwoRegions.B;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** The message type's offset in a replication message: after the 4-byte magic and the version. */
    private static final int TYPE_OFFSET = 5;
    private static final int BEGIN = 8;
    private static final int COMMIT = 9;
    private static final int BACK_OUT = 10;

    private TwoRegions regions;
    private ReplicationRelay relay;
    private PrivateRegion regionA;
    private PrivateRegion regionB;
    private URI uriA;
    private URI uriB;
    private KmsClient kmsA;
    private KmsClient kmsB;

    @BeforeAll
    void startTwoRegions() throws Exception {
        regions = TwoRegions.start("upr");
        relay = regions.relay();
        regionA = regions.regionA();
        regionB = regions.regionB();
        uriA = regions.uriA();
        uriB = regions.uriB();
        kmsA = TwoRegions.clientA(uriA);
        kmsB = TwoRegions.clientB(uriB);
    }

    @AfterAll
    void stopTwoRegions() throws Exception {
        if (regions != null) {
            regions.close();
        }
    }

    @Test
    @Order(1)
    void bothKeysAreUpdatingAndUsableThenTheRolesHaveSwappedInBothRegions() throws Exception {
        String keyId = replicatedKey();
        // The commit is lost until the Updating keys have been looked at.
        relay.hostile(dropRequests(COMMIT));
        kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B));

        assertEquals(KeyState.UPDATING, describe(kmsA, keyId).keyState());
        assertEquals(KeyState.UPDATING, describe(kmsB, keyId).keyState());
        assertEquals(MultiRegionKeyType.PRIMARY, describe(kmsA, keyId).multiRegionConfiguration().multiRegionKeyType());
        assertCrossRegionCrypto(keyId);
        for (KmsClient kms : List.of(kmsA, kmsB)) {
            assertTrue(assertThrows(KmsInvalidStateException.class, () -> kms.disableKey(r -> r.keyId(keyId)))
                    .getMessage().contains("is updating"));
            assertThrows(KmsInvalidStateException.class, () -> kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7)));
        }
        assertTrue(assertThrows(KmsInvalidStateException.class, () -> kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion("eu-west-1")))
                .getMessage().contains("is updating"));

        relay.honest();
        awaitSwapped(B, keyId);
        KeyMetadata inB = describe(kmsB, keyId);
        assertEquals(KeyState.ENABLED, inB.keyState());
        assertEquals(B, inB.multiRegionConfiguration().primaryKey().region());
        assertEquals(List.of(A), regions(inB));
        KeyMetadata inA = describe(kmsA, keyId);
        assertEquals(KeyState.ENABLED, inA.keyState());
        assertEquals(MultiRegionKeyType.REPLICA, inA.multiRegionConfiguration().multiRegionKeyType());
        assertEquals(B, inA.multiRegionConfiguration().primaryKey().region());
        assertEquals("arn:aws:kms:" + B + ":111122223333:key/" + keyId, inA.multiRegionConfiguration().primaryKey().arn());
        assertCrossRegionCrypto(keyId);

        assertThrows(UnsupportedOperationException.class, () -> kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion("eu-west-1")));
        assertThrows(UnsupportedOperationException.class, () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B)));
        // B is the primary now: it knows A as its replica, and it can hand the role back.
        assertThrows(AlreadyExistsException.class, () -> kmsB.replicateKey(r -> r.keyId(keyId).replicaRegion(A)));
        kmsB.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(A));
        awaitSwapped(A, keyId);
        assertEquals(List.of(B), regions(describe(kmsA, keyId)));
        assertEquals(A, describe(kmsB, keyId).multiRegionConfiguration().primaryKey().region());
        assertEquals(0, updatesInFlight(regionA) + updatesInFlight(regionB));
    }

    @Test
    @Order(2)
    void refusedCallsNameTheirReasonAndChangeNothingInEitherRegion() throws Exception {
        String keyId = replicatedKey();

        assertThrows(NotFoundException.class, () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion("eu-west-1")));
        assertThrows(UnsupportedOperationException.class, () -> kmsB.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(A)));
        KmsException badRegion = assertThrows(KmsException.class,
                () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion("us_west_2")));
        assertEquals("ValidationException", badRegion.awsErrorDetails().errorCode());
        assertTrue(badRegion.getMessage().contains("primaryRegion"), badRegion.getMessage());
        KmsException tooLong = assertThrows(KmsException.class,
                () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion("us-west-" + "2".repeat(30))));
        assertTrue(tooLong.getMessage().contains("primaryRegion"), tooLong.getMessage());
        KmsException noKey = assertThrows(KmsException.class, () -> kmsA.updatePrimaryRegion(r -> r.primaryRegion(B)));
        assertTrue(noKey.getMessage().contains("keyId"), noKey.getMessage());
        kmsA.disableKey(r -> r.keyId(keyId));
        assertThrows(DisabledException.class, () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B)));
        kmsA.enableKey(r -> r.keyId(keyId));
        // A disabled replica is refused by the primary, which learnt the replica's state from its notice.
        kmsB.disableKey(r -> r.keyId(keyId));
        await(() -> "Disabled".equals(PeerRegions.recordedReplicaState(regionA, keyId, B)), "the primary learning the replica is Disabled");
        assertThrows(DisabledException.class, () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B)));
        kmsB.enableKey(r -> r.keyId(keyId));
        PeerRegions.awaitReplicaKnownEnabled(regionA, keyId, B);

        assertUnchanged(keyId);
    }

    @Test
    @Order(3)
    void anUnreachableReplicaRegionFailsTheCallAndALostAnswerIsBackedOut() throws Exception {
        String keyId = replicatedKey();
        relay.route(B, URI.create("http://localhost:" + PeerRegions.closedPort()));
        assertThrows(KmsInternalException.class, () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B)));
        relay.route(B, PeerRegions.withoutSlash(uriB));
        assertUnchanged(keyId);

        // The replica's region prepares, but its answer is lost: the call fails and B is told to back out.
        relay.hostile(dropAnswersTo(BEGIN));
        assertThrows(KmsInternalException.class, () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B)));
        assertEquals(KeyState.ENABLED, describe(kmsA, keyId).keyState());
        relay.honest();
        await(() -> updatesInFlight(regionA) == 0, "the back-out delivered");
        assertTrue(backOutsTo(B) >= 1);
        assertUnchanged(keyId);

        // Nothing is left over: the update goes through now.
        kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B));
        awaitSwapped(B, keyId);
    }

    @Test
    @Order(4)
    void theUpdateCompletesAfterThePrimaryRegionRestartedWhileTheNewPrimarysAnswersWereLost() throws Exception {
        String keyId = replicatedKey();
        relay.hostile(dropAnswersTo(COMMIT));
        kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B));
        // B took the role; A never heard so and keeps repeating the commit, with a growing wait.
        awaitPrimaryIn(B, keyId);
        await(() -> attempts(regionA) >= 2, "two unconfirmed commits");
        assertEquals(KeyState.UPDATING, describe(kmsA, keyId).keyState());
        assertEquals(MultiRegionKeyType.PRIMARY, describe(kmsA, keyId).multiRegionConfiguration().multiRegionKeyType());

        regionA.stop();
        relay.honest();
        uriA = regionA.start();
        relay.route(A, PeerRegions.withoutSlash(uriA));
        kmsA.close();
        kmsA = TwoRegions.clientA(uriA);

        awaitSwapped(B, keyId);
        assertEquals(B, describe(kmsA, keyId).multiRegionConfiguration().primaryKey().region());
        assertEquals(List.of(A), regions(describe(kmsB, keyId)));
        assertEquals(0, updatesInFlight(regionA));
        assertCrossRegionCrypto(keyId);
    }

    @Test
    @Order(5)
    void aReplicaBehindThePrimarysCurrentMaterialBecomesThePrimaryOnlyOnceItCaughtUp() throws Exception {
        String keyId = replicatedKey();
        String noticesInA = "select count(*) from topology_notice where key_id = '" + keyId + "'";
        String fetchesInB = "select count(*) from replica_fetch where key_id = '" + keyId + "'";
        // The news of rotated material cannot reach B: A refuses before it asks B anything.
        relay.route(B, URI.create("http://localhost:" + PeerRegions.closedPort()));
        kmsA.rotateKeyOnDemand(r -> r.keyId(keyId));
        KmsInvalidStateException untold = assertThrows(KmsInvalidStateException.class,
                () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B)));
        assertTrue(untold.getMessage().contains("current material"), untold.getMessage());

        // B heard of it but cannot fetch it from A: B refuses to prepare the update.
        relay.route(A, URI.create("http://localhost:" + PeerRegions.closedPort()));
        relay.route(B, PeerRegions.withoutSlash(uriB));
        await(() -> count(regionA, noticesInA) == 0 && count(regionB, fetchesInB) == 1, "B told of version 2, unable to fetch it");
        assertThrows(KmsInvalidStateException.class, () -> kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B)));
        assertUnchanged(keyId);

        // Caught up, it becomes the primary, and what A encrypts under version 2 decrypts in both.
        relay.route(A, PeerRegions.withoutSlash(uriA));
        await(() -> count(regionB, fetchesInB) == 0, "B holding version 2");
        kmsA.updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B));
        awaitSwapped(B, keyId);
        assertCrossRegionCrypto(keyId);
    }

    /** A multi-Region key made in A with its replica in B, Enabled there and known so in A. */
    private String replicatedKey() throws Exception {
        String keyId = kmsA.createKey(r -> r.multiRegion(true)).keyMetadata().keyId();
        kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(B));
        PeerRegions.awaitReplicaKnownEnabled(regionA, keyId, B);
        return keyId;
    }

    private void assertUnchanged(String keyId) {
        KeyMetadata inA = describe(kmsA, keyId);
        assertEquals(KeyState.ENABLED, inA.keyState());
        assertEquals(MultiRegionKeyType.PRIMARY, inA.multiRegionConfiguration().multiRegionKeyType());
        assertEquals(List.of(B), regions(inA));
        KeyMetadata inB = describe(kmsB, keyId);
        assertEquals(KeyState.ENABLED, inB.keyState());
        assertEquals(MultiRegionKeyType.REPLICA, inB.multiRegionConfiguration().multiRegionKeyType());
        assertEquals(A, inB.multiRegionConfiguration().primaryKey().region());
    }

    private void assertCrossRegionCrypto(String keyId) {
        byte[] message = ("both ways " + keyId).getBytes(StandardCharsets.UTF_8);
        SdkBytes fromA = kmsA.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();
        assertArrayEquals(message, kmsB.decrypt(r -> r.ciphertextBlob(fromA)).plaintext().asByteArray());
        SdkBytes fromB = kmsB.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();
        assertArrayEquals(message, kmsA.decrypt(r -> r.ciphertextBlob(fromB)).plaintext().asByteArray());
    }

    private void awaitPrimaryIn(String region, String keyId) throws Exception {
        KmsClient kms = region.equals(A) ? kmsA : kmsB;
        await(() -> {
            KeyMetadata metadata = describe(kms, keyId);
            return metadata.multiRegionConfiguration().multiRegionKeyType() == MultiRegionKeyType.PRIMARY
                    && metadata.keyState() == KeyState.ENABLED;
        }, keyId + " the primary in " + region);
    }

    /**
     * Waits until the key is the Enabled primary in {@code newPrimary} and an Enabled replica in the
     * other region: the new primary commits first, the old one once it has the answer.
     */
    private void awaitSwapped(String newPrimary, String keyId) throws Exception {
        awaitPrimaryIn(newPrimary, keyId);
        KmsClient oldPrimary = newPrimary.equals(A) ? kmsB : kmsA;
        await(() -> {
            KeyMetadata metadata = describe(oldPrimary, keyId);
            return metadata.multiRegionConfiguration().multiRegionKeyType() == MultiRegionKeyType.REPLICA
                    && metadata.keyState() == KeyState.ENABLED;
        }, keyId + " a replica of the primary in " + newPrimary);
    }

    /** Loses the requests of one message type to B: they never arrive. */
    private static Tamper dropRequests(int type) {
        return message -> message.direction() == Direction.REQUEST && B.equals(message.destination()) && typeOf(message) == type
                ? Verdict.drop() : Verdict.pass();
    }

    /** Lets the requests of one message type reach B but loses B's answers to them. */
    private static Tamper dropAnswersTo(int type) {
        Set<Long> exchanges = ConcurrentHashMap.newKeySet();
        return message -> {
            if (message.direction() == Direction.REQUEST && B.equals(message.destination()) && typeOf(message) == type) {
                exchanges.add(message.exchange());
            }
            return message.direction() == Direction.RESPONSE && exchanges.contains(message.exchange())
                    ? Verdict.drop() : Verdict.pass();
        };
    }

    private static int typeOf(RelayedMessage message) {
        return message.size() > TYPE_OFFSET ? message.body()[TYPE_OFFSET] & 0xff : -1;
    }

    private long backOutsTo(String region) {
        return relay.recorded().filter(m -> m.direction() == Direction.REQUEST && region.equals(m.destination())
                && typeOf(m) == BACK_OUT).count();
    }

    private static long updatesInFlight(PrivateRegion region) {
        return count(region, "select count(*) from primary_update where role = 'SOURCE'");
    }

    private static long attempts(PrivateRegion region) {
        return count(region, "select coalesce(max(attempts), 0) from primary_update where role = 'SOURCE'");
    }

    private static long count(PrivateRegion region, String sql) {
        try (Connection db = region.connect(); PreparedStatement query = db.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static KeyMetadata describe(KmsClient kms, String keyId) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    }

    private static List<String> regions(KeyMetadata metadata) {
        return metadata.multiRegionConfiguration().replicaKeys().stream().map(k -> k.region()).toList();
    }

    private static void await(Callable<Boolean> condition, String what) throws Exception {
        TwoRegions.await(condition, what, PATIENCE);
    }
}
