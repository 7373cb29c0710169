package io.strongroom.interfaces.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.PeerRegions;
import io.strongroom.it.PrivateRegion;
import io.strongroom.it.TwoRegions;
import io.strongroom.relay.Direction;
import io.strongroom.relay.RelayedMessage;
import io.strongroom.relay.ReplicationRelay;
import io.strongroom.relay.Tamper;
import io.strongroom.relay.tamper.Tampers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;
import java.util.stream.Collectors;
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
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyMaterialException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.kms.model.MultiRegionKeyType;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.ReplicateKeyResponse;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;

/**
 * Two regions, each its own Payara Micro and database, talking only through a relay in this JVM:
 * ReplicateKey through the AWS SDK, the replica made by the signed ECDH exchange, ciphertext that
 * decrypts in the other region, a hostile relay that never gets a replica made nor sees a secret,
 * a primary region that is down (and a replica region restarted meanwhile), and imported
 * multi-region keys whose material is compared across regions without travelling.
 */
@Order(6)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoRegionReplicationIT {

    private static final String A = TwoRegions.A;
    private static final String B = TwoRegions.B;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** The principal of the API credentials every test region gives its administrator. */
    private static final String ADMIN_ARN = "arn:aws:iam::111122223333:user/admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TwoRegions regions;
    private ReplicationRelay relay;
    private PrivateRegion regionA;
    private PrivateRegion regionB;
    private URI uriA;
    private KmsClient kmsA;
    private KmsClient kmsB;
    /** Secrets the tests know in plaintext; none may ever cross the relay. */
    private final List<byte[]> secrets = new ArrayList<>();
    private byte[] genuineMaterialRequest;
    private byte[] genuineMaterialResponse;

    @BeforeAll
    void startTwoRegions() throws Exception {
        regions = TwoRegions.start("mrk");
        relay = regions.relay();
        regionA = regions.regionA();
        regionB = regions.regionB();
        uriA = regions.uriA();
        kmsA = TwoRegions.clientA(uriA);
        kmsB = TwoRegions.clientB(regions.uriB());
    }

    @AfterAll
    void stopTwoRegions() throws Exception {
        if (regions != null) {
            regions.close();
        }
    }

    @Test
    @Order(1)
    void aReplicaMadeThroughTheRelayDecryptsWhatThePrimaryEncryptedAndTheOtherWayRound() throws Exception {
        String keyId = kmsA.createKey(r -> r.multiRegion(true).description("primary")).keyMetadata().keyId();
        GenerateDataKeyResponse dataKey = kmsA.generateDataKey(r -> r.keyId(keyId).numberOfBytes(32));
        secrets.add(dataKey.plaintext().asByteArray());

        ReplicateKeyResponse replicated = kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(B)
                .description("replica in " + B).tags(t -> t.tagKey("team").tagValue("vault")));
        KeyMetadata replica = replicated.replicaKeyMetadata();
        assertEquals("arn:aws:kms:" + B + ":111122223333:key/" + keyId, replica.arn());
        assertEquals(KeyState.CREATING, replica.keyState());
        assertEquals("replica in " + B, replica.description());
        assertEquals("vault", replicated.replicaTags().get(0).tagValue());
        assertTrue(replicated.replicaPolicy().contains("kms:*"));

        awaitState(kmsB, keyId, KeyState.ENABLED);
        KeyMetadata inB = kmsB.describeKey(r -> r.keyId(keyId)).keyMetadata();
        assertEquals(MultiRegionKeyType.REPLICA, inB.multiRegionConfiguration().multiRegionKeyType());
        assertEquals(A, inB.multiRegionConfiguration().primaryKey().region());
        assertEquals(List.of(B), inB.multiRegionConfiguration().replicaKeys().stream().map(k -> k.region()).toList());
        assertEquals("replica in " + B, inB.description());
        assertEquals(Map.of("team", "vault"), tags(kmsB, keyId));
        KeyMetadata inA = kmsA.describeKey(r -> r.keyId(keyId)).keyMetadata();
        assertEquals(List.of(B), inA.multiRegionConfiguration().replicaKeys().stream().map(k -> k.region()).toList());
        assertEquals("primary", inA.description());

        byte[] message = "made in one region, read in the other".getBytes(StandardCharsets.UTF_8);
        SdkBytes fromA = kmsA.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();
        assertArrayEquals(message, kmsB.decrypt(r -> r.ciphertextBlob(fromA)).plaintext().asByteArray());
        SdkBytes fromB = kmsB.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();
        assertArrayEquals(message, kmsA.decrypt(r -> r.ciphertextBlob(fromB)).plaintext().asByteArray());
        assertArrayEquals(dataKey.plaintext().asByteArray(),
                kmsB.decrypt(r -> r.ciphertextBlob(dataKey.ciphertextBlob())).plaintext().asByteArray());

        assertThrows(AlreadyExistsException.class, () -> kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(B)));
        assertTrue(assertThrows(KmsException.class, () -> kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion("eu-west-1")))
                .getMessage().contains("replicaRegion"), "a Region that is no registered peer");
        assertEquals("ValidationException", assertThrows(KmsException.class,
                () -> kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(A))).awsErrorDetails().errorCode());
        assertEquals("ValidationException", assertThrows(KmsException.class,
                () -> kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion("us_west_2"))).awsErrorDetails().errorCode());
        assertThrows(UnsupportedOperationException.class, () -> kmsB.replicateKey(r -> r.keyId(keyId).replicaRegion(A)));
        assertEquals(List.of(B), kmsA.describeKey(r -> r.keyId(keyId)).keyMetadata().multiRegionConfiguration().replicaKeys()
                .stream().map(k -> k.region()).toList(), "refused ReplicateKey calls change nothing");
        genuineMaterialRequest = lastExchangeWithA(keyId, Direction.REQUEST);
        genuineMaterialResponse = lastExchangeWithA(keyId, Direction.RESPONSE);
    }

    @Test
    @Order(2)
    void aHostileRelayNeverGetsAReplicaMadeAndTheReplicaCompletesOnceItIsHonest() throws Exception {
        List<Tamper> attacks = List.of(Tampers.flipRandomBit(Direction.RESPONSE), Tampers.flipRandomBit(Direction.REQUEST),
                Tampers.replay(Direction.RESPONSE, genuineMaterialResponse), Tampers.replay(Direction.REQUEST, genuineMaterialRequest),
                Tampers.redirectTo(B), Tampers.truncate(Direction.RESPONSE, 200));
        for (Tamper attack : attacks) {
            String keyId = kmsA.createKey(r -> r.multiRegion(true)).keyMetadata().keyId();
            // The attacker sits on the exchange with the primary's region; the order itself passes.
            relay.hostile(attack.onlyWhen(message -> A.equals(message.destination())));
            kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(B));
            await(() -> requestsToA(keyId) >= 3, "three attempts of " + keyId);
            assertEquals(KeyState.CREATING, kmsB.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState(), attack.toString());
            assertThrows(KmsInvalidStateException.class,
                    () -> kmsB.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(new byte[] {1}))));
            assertEquals(0, PeerRegions.materialRows(regionB, keyId), "nothing stored for a replica under attack");
            relay.honest();
            awaitState(kmsB, keyId, KeyState.ENABLED);
        }
    }

    @Test
    @Order(3)
    void requestsHeldBackAndReorderedStillLandInTheirOwnSessions() throws Exception {
        String first = kmsA.createKey(r -> r.multiRegion(true)).keyMetadata().keyId();
        String second = kmsA.createKey(r -> r.multiRegion(true)).keyMetadata().keyId();
        relay.hostile(Tampers.reorder(Duration.ofSeconds(3)).onlyWhen(message -> A.equals(message.destination())));
        kmsA.replicateKey(r -> r.keyId(first).replicaRegion(B));
        kmsA.replicateKey(r -> r.keyId(second).replicaRegion(B));
        awaitState(kmsB, first, KeyState.ENABLED);
        awaitState(kmsB, second, KeyState.ENABLED);
        relay.honest();
        for (String keyId : List.of(first, second)) {
            SdkBytes blob = kmsA.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(keyId.getBytes(StandardCharsets.US_ASCII))))
                    .ciphertextBlob();
            assertArrayEquals(keyId.getBytes(StandardCharsets.US_ASCII), kmsB.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray());
        }
    }

    @Test
    @Order(4)
    void aReplicaWaitsInCreatingWhileThePrimaryRegionIsDownAlsoAcrossARestartOfItsOwnRegion() throws Exception {
        String keyId = kmsA.createKey(r -> r.multiRegion(true)).keyMetadata().keyId();
        kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(B));
        // From here the primary's region cannot be reached: its route leads to a closed port.
        relay.route(A, URI.create("http://localhost:" + PeerRegions.closedPort()));
        await(() -> requestsToA(keyId) >= 2, "two attempts of " + keyId);
        assertEquals(KeyState.CREATING, kmsB.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState());

        regionB.stop();
        URI uriB = regionB.start();
        relay.route(B, PeerRegions.withoutSlash(uriB));
        kmsB.close();
        kmsB = TwoRegions.clientB(uriB);
        assertEquals(KeyState.CREATING, kmsB.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState());
        assertEquals(0, PeerRegions.materialRows(regionB, keyId));

        relay.route(A, PeerRegions.withoutSlash(uriA));
        awaitState(kmsB, keyId, KeyState.ENABLED);
        SdkBytes blob = kmsB.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(new byte[] {7}))).ciphertextBlob();
        assertArrayEquals(new byte[] {7}, kmsA.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray());
    }

    @Test
    @Order(5)
    void importedMaterialIsImportedIntoEachRegionAndOnlyTheSameMaterialIsAccepted() throws Exception {
        String keyId = kmsA.createKey(r -> r.multiRegion(true).origin(OriginType.EXTERNAL)).keyMetadata().keyId();
        byte[] material = randomBytes(32);
        byte[] otherMaterial = randomBytes(32);
        secrets.add(material);
        secrets.add(otherMaterial);
        PeerRegions.importMaterial(kmsA, keyId, material, null);
        kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(B));
        awaitState(kmsB, keyId, KeyState.PENDING_IMPORT);

        assertThrows(IncorrectKeyMaterialException.class, () -> PeerRegions.importMaterial(kmsB, keyId, otherMaterial, null));
        assertEquals(KeyState.PENDING_IMPORT, kmsB.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState());
        assertEquals(0, PeerRegions.materialRows(regionB, keyId));

        PeerRegions.importMaterial(kmsB, keyId, material, null);
        assertEquals(KeyState.ENABLED, kmsB.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState());
        byte[] message = "imported twice, the same".getBytes(StandardCharsets.UTF_8);
        SdkBytes blob = kmsA.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();
        assertArrayEquals(message, kmsB.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray());
    }

    @Test
    @Order(6)
    void theReplicaRegionRunsThePolicyLockoutCheckAgainAndARefusalChangesNeitherRegion() throws Exception {
        String keyId = kmsA.createKey(r -> r.multiRegion(true)).keyMetadata().keyId();
        // The account may do everything, so identity policies decide; in B the caller may not put key policies.
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
        try (Connection db = regionB.connect(); PreparedStatement deny = db.prepareStatement("insert into identity_policy"
                + " (principal_arn, policy_name, document, updated_at) values (?, 'no-put-key-policy', ?, now())")) {
            deny.setString(1, ADMIN_ARN);
            deny.setString(2, "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"kms:PutKeyPolicy\",\"Resource\":\"*\"}]}");
            deny.executeUpdate();
        }
        try {
            MalformedPolicyDocumentException refused = assertThrows(MalformedPolicyDocumentException.class,
                    () -> kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(B).policy(policy)));
            assertTrue(refused.getMessage().contains(B), refused.getMessage());
            assertTrue(kmsA.describeKey(r -> r.keyId(keyId)).keyMetadata().multiRegionConfiguration().replicaKeys().isEmpty());
            assertThrows(NotFoundException.class, () -> kmsB.describeKey(r -> r.keyId(keyId)));

            // Bypassed on request, the check is skipped in both regions.
            kmsA.replicateKey(r -> r.keyId(keyId).replicaRegion(B).policy(policy).bypassPolicyLockoutSafetyCheck(true));
            awaitState(kmsB, keyId, KeyState.ENABLED);
        } finally {
            try (Connection db = regionB.connect(); PreparedStatement allow = db.prepareStatement(
                    "delete from identity_policy where principal_arn = ? and policy_name = 'no-put-key-policy'")) {
                allow.setString(1, ADMIN_ARN);
                allow.executeUpdate();
            }
        }
    }

    @Test
    @Order(7)
    void noSecretTheTestsKnowEverCrossedTheRelay() {
        assertTrue(relay.recorded().count() > 0);
        for (byte[] secret : secrets) {
            assertFalse(relay.recorded().anyMatch(message -> message.contains(secret)), "a secret crossed the relay");
        }
    }

    private long requestsToA(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return relay.recorded().filter(m -> m.direction() == Direction.REQUEST && A.equals(m.destination()) && m.contains(id))
                .count();
    }

    private byte[] lastExchangeWithA(String keyId, Direction direction) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        List<RelayedMessage> messages = relay.recorded()
                .filter(m -> m.direction() == direction && A.equals(m.destination()) && m.contains(id)).toList();
        return messages.get(messages.size() - 1).body();
    }

    private static void awaitState(KmsClient kms, String keyId, KeyState state) throws Exception {
        await(() -> kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState() == state, keyId + " " + state);
    }

    private static void await(Callable<Boolean> condition, String what) throws Exception {
        TwoRegions.await(condition, what, PATIENCE);
    }

    private static Map<String, String> tags(KmsClient kms, String keyId) {
        return kms.listResourceTags(r -> r.keyId(keyId)).tags().stream()
                .collect(Collectors.toMap(t -> t.tagKey(), t -> t.tagValue()));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
