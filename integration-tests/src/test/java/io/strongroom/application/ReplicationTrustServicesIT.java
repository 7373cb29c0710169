package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.ReplicationTrustService.PeerKeySummary;
import io.strongroom.application.ReplicationTrustService.PeerRegionSummary;
import io.strongroom.application.replication.SigningKeyCustody.PublishedKey;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.replication.KeyFingerprint;
import io.strongroom.infrastructure.crypto.P384Keys;
import io.strongroom.it.SqlRows;
import io.strongroom.it.StrongroomDeployment;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Who the region trusts for replication, as an administrator manages it through
 * ReplicationTrustService inside Payara Micro against PostgreSQL: a peer registers only with the
 * fingerprint its key really has, only an administrator changes trust, a rotation (this region's
 * signing key, a peer's key) keeps the previous public key valid for the overlap, and every call,
 * refused or not, is audited.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class ReplicationTrustServicesIT {

    private static final String ACCOUNT = "111122223333";
    private static final CallerContext ADMIN =
            new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/admin", "it-trust", "internal", "ejb");
    /** STRONGROOM_RSK_OVERLAP_HOURS is not set for the test region: the default, 7 days. */
    private static final Duration OVERLAP = Duration.ofHours(168);

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(ReplicationTrustServicesIT.class, SqlRows.class);
    }

    @Inject
    ReplicationTrustService trust;
    @Inject
    IamService iam;
    @Inject
    AuditQueries audit;
    private final SqlRows database = SqlRows.inContainer();
    /** Audit events are counted from here: the tests share the admin principal. */
    private final Instant testStarted = Instant.now();

    @Test
    void aPeerRegistersWithTheFingerprintItsKeyHasAndNeverWithAnother() throws Exception {
        String region = peerName();
        byte[] key = newP384PublicKey();
        String fingerprint = KeyFingerprint.format(KeyFingerprint.of(key));
        try {
            KmsException refused = assertError(KmsError.ValidationException, () -> trust.registerPeerRegion(ADMIN, region,
                    "https://kms." + region + ".example/replication", P384Keys.toPem(key),
                    KeyFingerprint.format(KeyFingerprint.of(newP384PublicKey()))));
            assertTrue(refused.getMessage().contains("fingerprint"), refused.getMessage());
            assertNothingStoredFor(region);
            assertEquals(1, events(ADMIN, "RegisterPeerRegion", KmsError.ValidationException.name()));

            // Upper case without colons is the same fingerprint.
            PeerRegionSummary peer = trust.registerPeerRegion(ADMIN, region, "https://kms." + region + ".example/replication",
                    P384Keys.toPem(key), fingerprint.replace(":", "").toUpperCase());
            assertEquals(region, peer.region());
            assertEquals(List.of(fingerprint), peer.keys().stream().map(PeerKeySummary::fingerprint).toList());
            assertNull(peer.keys().get(0).validUntil(), "the only key is current");
            assertEquals(stored(peer), listed(region));
            assertEquals(1, database.count("select count(*) from peer_signing_key where region = ?", region));
            assertEquals(1, events(ADMIN, "RegisterPeerRegion", AuditEvent.SUCCESS));
            assertEquals(KmsError.AlreadyExistsException, assertThrows(KmsException.class, () -> trust.registerPeerRegion(
                    ADMIN, region, "https://elsewhere.example", P384Keys.toPem(key), fingerprint)).error());
        } finally {
            removeIfRegistered(region);
        }
    }

    @Test
    void onlyAnAdministratorChangesOrReadsTrustAndEachRefusalIsAudited() throws Exception {
        String user = "trust-reader-" + UUID.randomUUID().toString().substring(0, 8);
        iam.createUser(ADMIN, user);
        CallerContext reader = new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/" + user, "it-trust-reader",
                "internal", "ejb");
        String region = peerName();
        byte[] key = newP384PublicKey();
        String pem = P384Keys.toPem(key);
        String fingerprint = KeyFingerprint.format(KeyFingerprint.of(key));
        try {
            List<PublishedKey> publishedBefore = trust.getReplicationSigningKeys(ADMIN);
            List<Executable> calls = List.of(
                    () -> trust.registerPeerRegion(reader, region, "https://kms.example", pem, fingerprint),
                    () -> trust.updatePeerRegionKey(reader, region, pem, fingerprint),
                    () -> trust.listPeerRegions(reader),
                    () -> trust.deletePeerRegion(reader, region),
                    () -> trust.getReplicationSigningKeys(reader),
                    () -> trust.rotateReplicationSigningKey(reader));
            for (Executable call : calls) {
                assertError(KmsError.AccessDeniedException, call);
            }
            assertNothingStoredFor(region);
            assertEquals(publishedBefore, trust.getReplicationSigningKeys(ADMIN), "no rotation happened");
            for (String operation : List.of("RegisterPeerRegion", "UpdatePeerRegionKey", "ListPeerRegions",
                    "DeletePeerRegion", "GetReplicationSigningKeys", "RotateReplicationSigningKey")) {
                assertEquals(1, events(reader, operation, KmsError.AccessDeniedException.name()), operation + " refusal audited");
            }
        } finally {
            iam.deleteUser(ADMIN, user);
        }
    }

    @Test
    void aRotationKeepsThePreviousPublicKeyValidThroughTheOverlap() throws Exception {
        PublishedKey before = current(trust.getReplicationSigningKeys(ADMIN));
        Instant rotatedAt = Instant.now();
        PublishedKey rotated = trust.rotateReplicationSigningKey(ADMIN);
        assertEquals(before.version() + 1, rotated.version());
        assertNull(rotated.retiredAt());
        List<PublishedKey> published = trust.getReplicationSigningKeys(ADMIN);
        assertEquals(rotated, current(published));
        PublishedKey previous = published.stream().filter(k -> k.version() == before.version()).findFirst().orElseThrow(
                () -> new AssertionError("the previous signing key is no longer published: " + published));
        assertEquals(before.pem(), previous.pem());
        assertNotNull(previous.retiredAt());
        assertEquals(previous.retiredAt().plus(OVERLAP), previous.publishedUntil());
        assertWithinSeconds(rotatedAt.plus(OVERLAP), previous.publishedUntil());
        assertEquals(1, events(ADMIN, "RotateReplicationSigningKey", AuditEvent.SUCCESS));

        // The same at a peer that rotated: its new key is current, the old one verifies until the overlap ends.
        String region = peerName();
        byte[] oldKey = newP384PublicKey();
        byte[] newKey = newP384PublicKey();
        String oldFingerprint = KeyFingerprint.format(KeyFingerprint.of(oldKey));
        String newFingerprint = KeyFingerprint.format(KeyFingerprint.of(newKey));
        try {
            trust.registerPeerRegion(ADMIN, region, "https://kms." + region + ".example", P384Keys.toPem(oldKey),
                    oldFingerprint);
            assertError(KmsError.ValidationException, () -> trust.updatePeerRegionKey(ADMIN, region,
                    P384Keys.toPem(newKey), oldFingerprint));
            assertEquals(1, listed(region).keys().size(), "a refused update keeps the keys as they were");
            assertEquals(1, events(ADMIN, "UpdatePeerRegionKey", KmsError.ValidationException.name()));

            Instant updatedAt = Instant.now();
            PeerRegionSummary updated = trust.updatePeerRegionKey(ADMIN, region, P384Keys.toPem(newKey), newFingerprint);
            assertEquals(stored(updated), listed(region));
            PeerKeySummary current = key(updated, newFingerprint);
            PeerKeySummary old = key(updated, oldFingerprint);
            assertNull(current.validUntil(), "the new key is current");
            assertWithinSeconds(updatedAt.plus(OVERLAP), old.validUntil());
            assertEquals(2, database.count("select count(*) from peer_signing_key where region = ?"
                    + " and (valid_until is null or valid_until > now() + interval '167 hours')", region));
            assertEquals(1, events(ADMIN, "UpdatePeerRegionKey", AuditEvent.SUCCESS));
        } finally {
            removeIfRegistered(region);
        }
    }

    private static String peerName() {
        // ^([a-z]+-){2,3}\d+$, and another region than the test region's us-east-1.
        return "it-trust-" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    private static byte[] newP384PublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        return generator.generateKeyPair().getPublic().getEncoded();
    }

    private PeerRegionSummary listed(String region) {
        return trust.listPeerRegions(ADMIN).stream().filter(peer -> peer.region().equals(region)).findFirst()
                .orElseThrow(() -> new AssertionError(region + " is not listed"));
    }

    /** A summary as it reads back from PostgreSQL, which keeps microseconds (the driver rounds to them). */
    private static PeerRegionSummary stored(PeerRegionSummary peer) {
        return new PeerRegionSummary(peer.region(), peer.endpoint(), micros(peer.registeredAt()), peer.keys().stream()
                .map(key -> new PeerKeySummary(key.fingerprint(), key.pem(), micros(key.validFrom()), micros(key.validUntil())))
                .toList());
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    private void assertNothingStoredFor(String region) throws Exception {
        assertTrue(trust.listPeerRegions(ADMIN).stream().noneMatch(peer -> peer.region().equals(region)));
        assertEquals(0, database.count("select count(*) from peer_region where region = ?", region));
        assertEquals(0, database.count("select count(*) from peer_signing_key where region = ?", region));
    }

    private void removeIfRegistered(String region) {
        if (trust.listPeerRegions(ADMIN).stream().anyMatch(peer -> peer.region().equals(region))) {
            trust.deletePeerRegion(ADMIN, region);
        }
    }

    /** Audit events of this caller's principal for the operation since the test began. */
    private long events(CallerContext caller, String operation, String outcome) {
        return audit.countEvents(ADMIN, new AuditFilter(null, caller.principalArn(), operation, outcome,
                testStarted, null));
    }

    private static PublishedKey current(List<PublishedKey> keys) {
        return keys.stream().filter(key -> key.retiredAt() == null).findFirst().orElseThrow();
    }

    private static PeerKeySummary key(PeerRegionSummary peer, String fingerprint) {
        return peer.keys().stream().filter(key -> key.fingerprint().equals(fingerprint)).findFirst()
                .orElseThrow(() -> new AssertionError(fingerprint + " not among " + peer.keys()));
    }

    private static void assertWithinSeconds(Instant expected, Instant actual) {
        assertTrue(Math.abs(Duration.between(expected, actual).toSeconds()) <= 30, expected + " vs " + actual);
    }

    private static KmsException assertError(KmsError expected, Executable call) {
        KmsException e = assertThrows(KmsException.class, call);
        assertEquals(expected, e.error(), e.getMessage());
        return e;
    }
}
