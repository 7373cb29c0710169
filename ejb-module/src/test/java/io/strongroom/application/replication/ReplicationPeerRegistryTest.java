package io.strongroom.application.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.replication.KeyFingerprint;
import io.strongroom.domain.replication.PeerRegion;
import io.strongroom.infrastructure.crypto.P384Keys;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Registering peers: only what an administrator vouches for by fingerprint, never this region, never a malformed name. */
class ReplicationPeerRegistryTest {

    private final TestRegion region = new TestRegion("us-east-1");
    private final TestRegion peer = new TestRegion("eu-west-1");
    private final PeerDeclaration valid = peer.declaration();

    @Test
    void aPeerIsRegisteredWithItsKeyAndListed() {
        PeerRegion registered = region.registry.register(valid);

        assertEquals("eu-west-1", registered.region());
        assertEquals(valid.endpoint(), registered.endpoint());
        assertEquals(valid.fingerprint(), KeyFingerprint.format(registered.currentKey().orElseThrow().fingerprint()));
        assertEquals(List.of("eu-west-1"), region.registry.list().stream().map(PeerRegion::region).toList());
    }

    @Test
    void theFingerprintMayBeTypedInCapitalsOrWithoutColons() {
        String typed = valid.fingerprint().replace(":", "").toUpperCase(Locale.ROOT);
        region.registry.register(new PeerDeclaration(valid.region(), valid.endpoint(), valid.publicKeyPem(), typed));
        assertTrue(region.peers.find("eu-west-1").isPresent());
    }

    @Test
    void aKeyWhoseFingerprintIsNotTheExpectedOneIsRefused() {
        String otherFingerprint = new TestRegion("ap-south-1").declaration().fingerprint();
        KmsException refused = refused(KmsError.ValidationException,
                () -> region.registry.register(new PeerDeclaration("eu-west-1", valid.endpoint(), valid.publicKeyPem(),
                        otherFingerprint)));
        assertTrue(refused.getMessage().contains("fingerprint"), refused.getMessage());
        refused(KmsError.ValidationException, () -> region.registry.register(
                new PeerDeclaration("eu-west-1", valid.endpoint(), valid.publicKeyPem(), "ab:cd")));
        assertTrue(region.registry.list().isEmpty());
    }

    @Test
    void thisRegionAndMalformedNamesAreRefused() {
        for (String name : List.of("us-east-1", "useast1", "us-east", "US-EAST-1", "a-b-c-d-1", "eu-west-1 ", "")) {
            refused(KmsError.ValidationException, () -> region.registry.register(
                    new PeerDeclaration(name, valid.endpoint(), valid.publicKeyPem(), valid.fingerprint())));
        }
        refused(KmsError.ValidationException, () -> region.registry.register(
                new PeerDeclaration(null, valid.endpoint(), valid.publicKeyPem(), valid.fingerprint())));
        region.registry.register(new PeerDeclaration("us-gov-west-1", valid.endpoint(), valid.publicKeyPem(),
                valid.fingerprint()));
        assertTrue(region.registry.list().stream().allMatch(p -> p.region().equals("us-gov-west-1")));
    }

    @Test
    void keysThatAreNotP384PublicKeysAreRefused() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPairGenerator p256 = KeyPairGenerator.getInstance("EC");
        p256.initialize(new ECGenParameterSpec("secp256r1"));
        for (byte[] der : List.of(rsa.generateKeyPair().getPublic().getEncoded(), p256.generateKeyPair().getPublic().getEncoded())) {
            String pem = P384Keys.toPem(der);
            refused(KmsError.ValidationException, () -> region.registry.register(
                    new PeerDeclaration("eu-west-1", valid.endpoint(), pem, KeyFingerprint.format(KeyFingerprint.of(der)))));
        }
        for (String pem : List.of("", "not a key", valid.publicKeyPem().replace("PUBLIC KEY", "PRIVATE KEY"),
                valid.publicKeyPem().replace("-----END", "!!-----END"))) {
            refused(KmsError.ValidationException, () -> region.registry.register(
                    new PeerDeclaration("eu-west-1", valid.endpoint(), pem, valid.fingerprint())));
        }
    }

    @Test
    void endpointsMustBePlainHttpOrHttpsUrls() {
        for (String endpoint : List.of("ftp://kms.example/", "kms.example", "https://user:secret@kms.example/",
                "https://kms.example/replication?token=1", "https:///replication", "")) {
            refused(KmsError.ValidationException, () -> region.registry.register(
                    new PeerDeclaration("eu-west-1", endpoint, valid.publicKeyPem(), valid.fingerprint())));
        }
        region.registry.register(new PeerDeclaration("eu-west-1", "http://127.0.0.1:8081/replication",
                valid.publicKeyPem(), valid.fingerprint()));
    }

    @Test
    void aPeerIsRegisteredOnceAndRemovedOnce() {
        region.registry.register(valid);
        refused(KmsError.AlreadyExistsException, () -> region.registry.register(valid));
        region.registry.remove("eu-west-1");
        assertTrue(region.registry.list().isEmpty());
        refused(KmsError.NotFoundException, () -> region.registry.remove("eu-west-1"));
    }

    @Test
    void aKeyUpdateIsCheckedLikeARegistration() {
        refused(KmsError.NotFoundException, () -> region.registry.updateKey("eu-west-1", valid.publicKeyPem(),
                valid.fingerprint()));
        region.registry.register(valid);
        refused(KmsError.AlreadyExistsException, () -> region.registry.updateKey("eu-west-1", valid.publicKeyPem(),
                valid.fingerprint()));
        peer.custody.rotate();
        SigningKeyCustody.PublishedKey rotated = peer.custody.published().get(0);
        refused(KmsError.ValidationException, () -> region.registry.updateKey("eu-west-1", rotated.pem(), valid.fingerprint()));
        assertEquals(1, region.peers.find("eu-west-1").orElseThrow().keys().size());

        region.registry.updateKey("eu-west-1", rotated.pem(), rotated.fingerprint());
        assertEquals(rotated.fingerprint(),
                KeyFingerprint.format(region.peers.find("eu-west-1").orElseThrow().currentKey().orElseThrow().fingerprint()));
    }

    @Test
    void thePeerRegionsFileRegistersUpdatesAndLeavesOthersAlone(@TempDir Path dir) throws Exception {
        TestRegion third = new TestRegion("ap-south-1");
        region.registry.register(third.declaration());
        Path file = dir.resolve("peers.json");
        Files.writeString(file, json(valid));

        PeerRegionsFile.read(file).forEach(region.registry::declare);
        PeerRegionsFile.read(file).forEach(region.registry::declare);
        assertEquals(List.of("ap-south-1", "eu-west-1"), region.registry.list().stream().map(PeerRegion::region).toList());
        assertEquals(1, region.peers.find("eu-west-1").orElseThrow().keys().size(), "applying the file twice changes nothing");

        peer.custody.rotate();
        SigningKeyCustody.PublishedKey rotated = peer.custody.published().get(0);
        Files.writeString(file, json(new PeerDeclaration("eu-west-1", "https://kms2.eu-west-1.example/replication",
                rotated.pem(), rotated.fingerprint())));
        PeerRegionsFile.read(file).forEach(region.registry::declare);

        PeerRegion updated = region.peers.find("eu-west-1").orElseThrow();
        assertEquals("https://kms2.eu-west-1.example/replication", updated.endpoint());
        assertEquals(2, updated.keys().size());
        assertEquals(rotated.fingerprint(), KeyFingerprint.format(updated.currentKey().orElseThrow().fingerprint()));
    }

    @Test
    void aMalformedPeerRegionsFileStopsTheStart(@TempDir Path dir) throws Exception {
        for (String text : List.of("[]", "{}", "{\"peerRegions\": {}}", "{\"peerRegions\": [1]}",
                "{\"peerRegions\": [{\"region\": \"eu-west-1\"}]}", "{\"peerRegions\": [")) {
            Path file = dir.resolve("peers.json");
            Files.writeString(file, text);
            assertThrows(IllegalStateException.class, () -> PeerRegionsFile.read(file), text);
        }
        assertThrows(IllegalStateException.class, () -> PeerRegionsFile.read(dir.resolve("missing.json")));
        assertEquals(List.of(), PeerRegionsFile.parse(new StringReader("{\"peerRegions\": []}")));
    }

    private static String json(PeerDeclaration d) {
        return "{\"peerRegions\": [{\"region\": \"" + d.region() + "\", \"endpoint\": \"" + d.endpoint()
                + "\", \"publicKeyPem\": \"" + d.publicKeyPem().replace("\n", "\\n") + "\", \"fingerprint\": \""
                + d.fingerprint() + "\"}]}";
    }

    private static KmsException refused(KmsError expected, Executable attempt) {
        KmsException refused = assertThrows(KmsException.class, attempt);
        assertEquals(expected, refused.error(), refused.getMessage());
        return refused;
    }
}
