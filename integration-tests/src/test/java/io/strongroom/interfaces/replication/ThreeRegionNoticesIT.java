package io.strongroom.interfaces.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.PeerRegions;
import io.strongroom.it.PrivateRegion;
import io.strongroom.it.TwoRegions;
import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.ReplicationRelay;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetKeyRotationStatusResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;

/**
 * Three regions (A primary, B and C replicas), each its own Payara Micro and database, talking
 * only through a relay in this JVM: a replica's state changes reach its primary and the other
 * replica, a later replica is announced to the earlier one, the primary's rotated material and
 * its automatic-rotation setting reach the replicas, a notice waits out its destination's downtime, the replica in the third
 * region follows each new primary after UpdatePrimaryRegion (and gets material the former primary
 * rotated while it could not be reached), and the primary's deletion waits for
 * both replicas' deletions.
 */
@Order(6)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeRegionNoticesIT {

    private static final String A = "us-east-1";
    private static final String B = "us-west-2";
    private static final String C = "eu-west-1";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private ReplicationRelay relay;
    private final Map<String, PrivateRegion> regions = new LinkedHashMap<>();
    private final Map<String, KmsClient> kms = new LinkedHashMap<>();
    private final Map<String, URI> uris = new LinkedHashMap<>();
    private String keyId;

    @BeforeAll
    void startThreeRegions() throws Exception {
        relay = ReplicationRelay.start(RelayConfiguration.builder().build());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of(A, B, C)) {
            PrivateRegion region = PrivateRegion.create("mrk3_" + name.replace('-', '_') + "_" + suffix)
                    .setting("STRONGROOM_REGION", name)
                    .setting("STRONGROOM_REPLICATION_RELAY", relay.endpoint().toString());
            regions.put(name, region);
            uris.put(name, region.start());
            relay.route(name, PeerRegions.withoutSlash(uris.get(name)));
        }
        for (String name : regions.keySet()) {
            for (String peer : regions.keySet()) {
                if (!peer.equals(name)) {
                    PeerRegions.register(regions.get(name), peer, uris.get(peer), PeerRegions.currentSigningKey(regions.get(peer)));
                }
            }
            kms.put(name, KmsClients.sdk(uris.get(name), Region.of(name)));
        }
    }

    @AfterAll
    void stopThreeRegions() throws Exception {
        kms.values().forEach(KmsClient::close);
        if (relay != null) {
            relay.close();
        }
        for (PrivateRegion region : regions.values()) {
            region.close();
        }
    }

    @Test
    @Order(1)
    void theReplicaBecomesEnabledAndThePrimaryLearnsIt() throws Exception {
        keyId = kms.get(A).createKey(r -> r.multiRegion(true).description("primary")).keyMetadata().keyId();
        kms.get(A).enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(180));
        kms.get(A).replicateKey(r -> r.keyId(keyId).replicaRegion(B));
        assertEquals("Creating", replicaState(A, B));

        await(() -> state(B) == KeyState.ENABLED, "the replica in " + B + " Enabled");
        await(() -> "Enabled".equals(replicaState(A, B)), "the primary learning " + B + " is Enabled");
        await(() -> rotationStatus(B).equals(rotationStatus(A)), "the replica taking the primary's rotation setting");
        assertEquals(0, queued(B), "the delivered notice left the outbox");
        assertEquals("us-west-2", query(A, "select source_address from audit_event where key_id = ?"
                + " and operation = 'SynchronizeMultiRegionKey'", keyId), "the primary audits what it applied, and from where");
    }

    @Test
    @Order(2)
    void aLaterReplicaIsAnnouncedToTheEarlierOneWithItsStates() throws Exception {
        kms.get(A).replicateKey(r -> r.keyId(keyId).replicaRegion(C));
        await(() -> regionsListedIn(B).contains(C), C + " in " + B + "'s MultiRegionConfiguration");
        assertEquals(List.of(C, B), regionsListedIn(B));
        await(() -> state(C) == KeyState.ENABLED, "the replica in " + C + " Enabled");
        assertEquals(List.of(C, B), regionsListedIn(C));
        await(() -> "Enabled".equals(replicaState(A, C)), "the primary learning " + C + " is Enabled");
        await(() -> "Enabled".equals(replicaState(B, C)), B + " learning " + C + " is Enabled");
        assertEquals("Enabled", replicaState(C, B), "the order told " + C + " of " + B);
        await(() -> rotationStatus(C).equals(rotationStatus(A)), C + " taking the primary's rotation setting");
    }

    @Test
    @Order(3)
    void disablingAReplicaIsKnownToThePrimaryAndTheOtherReplica() throws Exception {
        kms.get(B).disableKey(r -> r.keyId(keyId));
        await(() -> "Disabled".equals(replicaState(A, B)), "the primary learning " + B + " is Disabled");
        await(() -> "Disabled".equals(replicaState(C, B)), C + " learning " + B + " is Disabled");
        assertEquals(KeyState.ENABLED, state(A), "the primary's own state is its own");

        kms.get(B).enableKey(r -> r.keyId(keyId));
        await(() -> "Enabled".equals(replicaState(A, B)) && "Enabled".equals(replicaState(C, B)), B + " Enabled again everywhere");
    }

    @Test
    @Order(4)
    void materialRotatedInThePrimaryReachesTheReplicasAndSoDoesItsRotationSetting() throws Exception {
        kms.get(A).enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(400));
        await(() -> rotationStatus(B).equals(rotationStatus(A)) && rotationStatus(C).equals(rotationStatus(A)),
                "both replicas taking the primary's new rotation period");
        assertEquals(400, kms.get(C).getKeyRotationStatus(r -> r.keyId(keyId)).rotationPeriodInDays());
        assertThrows(UnsupportedOperationException.class,
                () -> kms.get(B).disableKeyRotation(r -> r.keyId(keyId)), "the rotation setting is the primary's");

        kms.get(A).rotateKeyOnDemand(r -> r.keyId(keyId));
        byte[] message = "encrypted under the rotated material".getBytes(StandardCharsets.UTF_8);
        SdkBytes blob = kms.get(A).encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();

        await(() -> "2".equals(query(B, "select current_material_version from kms_key where key_id = ?", keyId))
                && "2".equals(query(C, "select current_material_version from kms_key where key_id = ?", keyId)),
                "both replicas on material version 2");
        assertArrayEquals(message, kms.get(B).decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray());
        assertArrayEquals(message, kms.get(C).decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray());
        SdkBytes fromB = kms.get(B).encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();
        assertArrayEquals(message, kms.get(A).decrypt(r -> r.ciphertextBlob(fromB)).plaintext().asByteArray());
        assertEquals(2L, PeerRegions.materialRows(regions.get(B), keyId), "the replica holds both versions");
    }

    @Test
    @Order(5)
    void aNoticeForARegionThatIsDownArrivesOnceItIsBack() throws Exception {
        regions.get(A).stop();
        kms.get(C).disableKey(r -> r.keyId(keyId));
        await(() -> attempts(C) >= 2, "two failed attempts to reach " + A);
        assertEquals(1, queued(C), "the notice waits in " + C + "'s outbox");

        URI uriA = regions.get(A).start();
        uris.put(A, uriA);
        relay.route(A, PeerRegions.withoutSlash(uriA));
        kms.get(A).close();
        kms.put(A, KmsClients.sdk(uriA, Region.of(A)));
        await(() -> "Disabled".equals(replicaState(A, C)), "the primary learning " + C + " is Disabled after its restart");
        await(() -> "Disabled".equals(replicaState(B, C)), B + " learning " + C + " is Disabled");
        assertEquals(0, queued(C));
    }

    @Test
    @Order(6)
    void theThirdRegionsReplicaFollowsEachNewPrimaryAndReportsToIt() throws Exception {
        // A rotates while C cannot be reached, then hands its role to B: C still gets the material.
        relay.route(C, URI.create("http://localhost:" + PeerRegions.closedPort()));
        kms.get(A).rotateKeyOnDemand(r -> r.keyId(keyId));
        byte[] message = "encrypted under version 3 by the primary that hands its role over".getBytes(StandardCharsets.UTF_8);
        SdkBytes blob = kms.get(A).encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();
        await(() -> "3".equals(materialVersionIn(B)), B + " holding material version 3");
        kms.get(A).updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(B));
        awaitSwapped(A, B);
        relay.route(C, PeerRegions.withoutSlash(uris.get(C)));
        await(() -> B.equals(primaryRegionSeenIn(C)), C + " naming " + B + " its primary");
        await(() -> "3".equals(materialVersionIn(C)), C + " holding material version 3");
        assertEquals(List.of(C, A), regionsListedIn(C), C + " lists the former primary among its peers");
        kms.get(C).enableKey(r -> r.keyId(keyId));
        assertArrayEquals(message, kms.get(C).decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray());
        await(() -> "Enabled".equals(replicaState(B, C)), "the new primary learning " + C + " is Enabled");
        await(() -> "Enabled".equals(replicaState(A, C)), "the former primary learning it from the new one");

        kms.get(B).disableKeyRotation(r -> r.keyId(keyId));
        await(() -> !rotationStatus(A).enabled() && !rotationStatus(C).enabled(),
                "the new primary's rotation setting reaching both its replicas");

        handOverPrimary(B, A);
        assertEquals(List.of(C, B), regionsListedIn(C));
        assertEquals(0, queued(B), "nothing is left in the outbox of the Region that announced itself");
    }

    /** UpdatePrimaryRegion from {@code from} to {@code to}: both swap roles and C names {@code to} its primary. */
    private void handOverPrimary(String from, String to) throws Exception {
        kms.get(from).updatePrimaryRegion(r -> r.keyId(keyId).primaryRegion(to));
        awaitSwapped(from, to);
        await(() -> to.equals(primaryRegionSeenIn(C)), C + " naming " + to + " its primary");
    }

    private void awaitSwapped(String from, String to) throws Exception {
        await(() -> to.equals(primaryRegionSeenIn(to)) && state(to) == KeyState.ENABLED, to + " the Enabled primary");
        await(() -> to.equals(primaryRegionSeenIn(from)) && state(from) == KeyState.ENABLED, from + " an Enabled replica of " + to);
    }

    private String materialVersionIn(String region) throws Exception {
        return query(region, "select current_material_version from kms_key where key_id = ?", keyId);
    }

    @Test
    @Order(7)
    void thePrimaryGetsItsDeletionDateOnceBothReplicasAreDeleted() throws Exception {
        KeyMetadata scheduled = null;
        kms.get(A).scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
        scheduled = kms.get(A).describeKey(r -> r.keyId(keyId)).keyMetadata();
        assertEquals(KeyState.PENDING_REPLICA_DELETION, scheduled.keyState());
        assertNull(scheduled.deletionDate());

        for (String replica : List.of(B, C)) {
            kms.get(replica).scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
            String other = replica.equals(B) ? C : B;
            await(() -> "PendingDeletion".equals(replicaState(A, replica)) && "PendingDeletion".equals(replicaState(other, replica)),
                    "every related key learning " + replica + " is PendingDeletion");
        }
        // The deletion sweeper runs once a minute: the waiting period of both replicas is over now.
        for (String replica : List.of(B, C)) {
            update(replica, "update kms_key set deletion_date = now() - interval '1 minute' where key_id = ?", keyId);
        }
        await(() -> state(A) == KeyState.PENDING_DELETION, "the primary's waiting period starting");
        KeyMetadata pending = kms.get(A).describeKey(r -> r.keyId(keyId)).keyMetadata();
        assertNotNull(pending.deletionDate());
        assertTrue(pending.deletionDate().isAfter(Instant.now().plus(Duration.ofDays(6))), pending.deletionDate().toString());
        assertEquals(List.of(), pending.multiRegionConfiguration().replicaKeys());
        assertEquals("0", query(A, "select count(*) from key_replica where key_id = ?", keyId));
    }

    private KeyState state(String region) {
        return kms.get(region).describeKey(r -> r.keyId(keyId)).keyMetadata().keyState();
    }

    /** GetKeyRotationStatus in {@code region}, without the ARN (which names the region). */
    private RotationStatus rotationStatus(String region) {
        GetKeyRotationStatusResponse status = kms.get(region).getKeyRotationStatus(r -> r.keyId(keyId));
        return new RotationStatus(status.keyRotationEnabled(), status.rotationPeriodInDays(), status.nextRotationDate());
    }

    private record RotationStatus(boolean enabled, Integer periodInDays, Instant nextRotationDate) {
    }

    private String primaryRegionSeenIn(String region) {
        return kms.get(region).describeKey(r -> r.keyId(keyId)).keyMetadata().multiRegionConfiguration().primaryKey().region();
    }

    private List<String> regionsListedIn(String region) {
        return kms.get(region).describeKey(r -> r.keyId(keyId)).keyMetadata().multiRegionConfiguration().replicaKeys()
                .stream().map(k -> k.region()).toList();
    }

    /** The state {@code region} last heard of for the replica in {@code replicaRegion}; the console shows the same row. */
    private String replicaState(String region, String replicaRegion) throws Exception {
        return query(region, "select key_state from key_replica where key_id = ? and region = '" + replicaRegion + "'", keyId);
    }

    private long queued(String region) throws Exception {
        return Long.parseLong(query(region, "select count(*) from topology_notice where key_id = ?", keyId));
    }

    private long attempts(String region) throws Exception {
        String attempts = query(region, "select max(attempts) from topology_notice where key_id = ?", keyId);
        return attempts == null ? 0 : Long.parseLong(attempts);
    }

    private String query(String region, String sql, String parameter) throws Exception {
        try (Connection db = regions.get(region).connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private void update(String region, String sql, String parameter) throws Exception {
        try (Connection db = regions.get(region).connect(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, parameter);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static void await(Callable<Boolean> condition, String what) throws Exception {
        TwoRegions.await(condition, what, PATIENCE);
    }
}
