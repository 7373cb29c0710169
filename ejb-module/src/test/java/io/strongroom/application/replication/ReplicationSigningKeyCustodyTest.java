package io.strongroom.application.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.replication.KeyFingerprint;
import io.strongroom.domain.replication.SigningKey;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.infrastructure.crypto.P384Keys;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import io.strongroom.infrastructure.crypto.imports.Openssl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key's custody: generated once, sealed, published with a checkable fingerprint, rotated with an overlap. */
class ReplicationSigningKeyCustodyTest {

    private final TestRegion region = new TestRegion("us-east-1");

    @Test
    void theFirstStartGeneratesOneKeyAndLaterStartsKeepIt() {
        SigningKey first = region.signingKeys.current().orElseThrow();
        assertEquals(1, first.version());
        assertEquals(first, region.custody.ensureCurrent());
        assertEquals(1, region.signingKeys.all().size());
    }

    @Test
    void thePrivateHalfIsStoredOnlySealedAndSignsOnlyUnderItsRootKey() {
        SigningKey key = region.signingKeys.current().orElseThrow();
        assertThrows(Exception.class, () -> KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(key.sealedPrivateKey())));
        byte[] data = "message".getBytes(StandardCharsets.US_ASCII);
        assertTrue(P384Keys.verify(key.publicKey(), data, region.boundary.sign(key, data)));

        CryptoBoundary otherRoot = new CryptoBoundary();
        otherRoot.installRootKey(new byte[32]);
        KmsException refused = assertThrows(KmsException.class, () -> new ReplicationBoundary(otherRoot).sign(key, data));
        assertEquals(KmsError.KMSInternalException, refused.error());
        // The seal is bound to the version too.
        SigningKey relabelled = new SigningKey(2, key.publicKey(), key.sealedPrivateKey(), key.createdAt(), null);
        assertThrows(KmsException.class, () -> region.boundary.sign(relabelled, data));
    }

    @Test
    void thePublishedKeyIsPemWithTheSha256FingerprintOfItsDer() throws Exception {
        SigningKeyCustody.PublishedKey published = region.custody.published().get(0);
        byte[] der = P384Keys.fromPem(published.pem());

        assertArrayEquals(region.signingKeys.current().orElseThrow().publicKey(), der);
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(der);
        assertEquals(HexFormat.ofDelimiter(":").formatHex(sha256), published.fingerprint());
        assertEquals(95, published.fingerprint().length());
        assertNull(published.retiredAt());
    }

    @Test
    void opensslPrintsTheSameFingerprintForThePem(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(Openssl.available(), "openssl is not installed");
        SigningKeyCustody.PublishedKey published = region.custody.published().get(0);
        Files.writeString(work.resolve("rsk.pem"), published.pem());

        String output = run(work, "openssl pkey -pubin -in rsk.pem -outform DER | openssl dgst -sha256 -c");

        assertTrue(output.strip().endsWith("= " + published.fingerprint()), output);
    }

    @Test
    void rotationKeepsThePreviousKeyPublishedForTheOverlapOnly() {
        SigningKey first = region.signingKeys.current().orElseThrow();
        region.clock.advance(Duration.ofDays(30));
        SigningKey second = region.custody.rotate();

        assertEquals(2, second.version());
        assertEquals(second.version(), region.signingKeys.current().orElseThrow().version());
        List<SigningKeyCustody.PublishedKey> published = region.custody.published();
        assertEquals(List.of(2, 1), published.stream().map(SigningKeyCustody.PublishedKey::version).toList());
        assertEquals(region.clock.instant().plus(TestRegion.OVERLAP), published.get(1).publishedUntil());
        assertFalse(published.get(0).fingerprint().equals(published.get(1).fingerprint()));
        assertEquals(KeyFingerprint.format(first.fingerprint()), published.get(1).fingerprint());

        region.clock.advance(TestRegion.OVERLAP.minusSeconds(1));
        assertEquals(2, region.custody.published().size());
        region.clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(2), region.custody.published().stream().map(SigningKeyCustody.PublishedKey::version).toList());
    }

    @Test
    void peersAcceptTheOldKeyDuringTheOverlapAndOnlyTheNewOneAfterIt() {
        TestRegion peer = new TestRegion("eu-west-1");
        TestRegion.trustEachOther(region, peer);
        var before = peer.peers.find("us-east-1").orElseThrow();
        region.custody.rotate();
        SigningKeyCustody.PublishedKey current = region.custody.published().get(0);

        peer.registry.updateKey("us-east-1", current.pem(), current.fingerprint());

        var after = peer.peers.find("us-east-1").orElseThrow();
        assertEquals(2, after.keys().size());
        var old = after.key(before.keys().get(0).fingerprint()).orElseThrow();
        assertEquals(peer.clock.instant().plus(TestRegion.OVERLAP), old.validUntil());
        assertTrue(old.validAt(peer.clock.instant().plus(TestRegion.OVERLAP).minusMillis(1)));
        assertFalse(old.validAt(peer.clock.instant().plus(TestRegion.OVERLAP)));
        assertTrue(after.currentKey().orElseThrow().validAt(peer.clock.instant().plus(Duration.ofDays(3650))));
    }

    @Test
    void aRegionWithoutAKeyHasNothingToRotate() {
        TestRegion fresh = new TestRegion("eu-west-1");
        fresh.signingKeys.keys.clear();
        KmsException refused = assertThrows(KmsException.class, fresh.custody::rotate);
        assertEquals(KmsError.KMSInvalidStateException, refused.error());
    }

    private static String run(Path work, String command) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
