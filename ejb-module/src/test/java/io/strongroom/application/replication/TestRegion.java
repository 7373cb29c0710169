package io.strongroom.application.replication;

import io.strongroom.application.replication.ReplicableKeys.ReplicableKey;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.Origin;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.KeyProperties;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region in memory: its own root key, signing key, peers, sessions and replay memory, its own
 * clock, and the keys it serves to peers. Two of them exchange real messages in the tests.
 */
final class TestRegion {

    static final Instant START = Instant.parse("2025-03-01T12:00:00Z");
    static final Duration OVERLAP = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    final String name;
    final MutableClock clock;
    final CryptoBoundary crypto = new CryptoBoundary();
    final ReplicationBoundary boundary = new ReplicationBoundary(crypto);
    final InMemoryReplicationStores.SigningKeys signingKeys = new InMemoryReplicationStores.SigningKeys();
    final InMemoryReplicationStores.Peers peers = new InMemoryReplicationStores.Peers();
    final InMemoryReplicationStores.Sessions sessions = new InMemoryReplicationStores.Sessions();
    final InMemoryReplicationStores.Seen seen = new InMemoryReplicationStores.Seen();
    final SigningKeyCustody custody;
    final PeerRegistry registry;
    final OutboundMessages outbound;
    final InboundVerifier inbound;
    final ReplicationRequester requester;
    final ReplicationResponder responder;
    final Map<String, ReplicableKey> keys = new HashMap<>();

    TestRegion(String name) {
        this.name = name;
        this.clock = new MutableClock(START);
        byte[] rootKey = new byte[32];
        RANDOM.nextBytes(rootKey);
        crypto.installRootKey(rootKey);
        RegionIdentity identity = new RegionIdentity(name, "111122223333");
        custody = new SigningKeyCustody(boundary, signingKeys, OVERLAP, clock);
        registry = new PeerRegistry(name, peers, OVERLAP, clock);
        outbound = new OutboundMessages(identity, boundary, signingKeys, clock);
        inbound = new InboundVerifier(identity, peers, seen, clock);
        requester = new ReplicationRequester(outbound, inbound, peers, sessions, boundary, clock);
        responder = new ReplicationResponder(outbound, inbound, boundary);
        custody.ensureCurrent();
    }

    /** Both regions register each other's current signing key, as their administrators would. */
    static void trustEachOther(TestRegion a, TestRegion b) {
        a.trust(b);
        b.trust(a);
    }

    void trust(TestRegion peer) {
        registry.register(peer.declaration());
    }

    PeerDeclaration declaration() {
        SigningKeyCustody.PublishedKey current = custody.published().get(0);
        return new PeerDeclaration(name, "https://kms." + name + ".example/replication", current.pem(), current.fingerprint());
    }

    /** What this region serves to peers: its keys, KEY_NOT_REPLICABLE for any other. */
    ReplicableKeys served() {
        return (keyId, requestingRegion) -> Optional.ofNullable(keys.get(keyId))
                .orElseThrow(() -> new ReplicationRefusedException(ReplicationError.KEY_NOT_REPLICABLE, keyId));
    }

    byte[] answer(byte[] request) {
        return responder.answer(request, served()).encode();
    }

    /** A symmetric multi-region key with material versions 1..versions, the last one current. */
    String symmetricKey(int versions) {
        String keyId = newKeyId();
        List<SealedVersion> sealed = new ArrayList<>();
        for (int version = 1; version <= versions; version++) {
            sealed.add(new SealedVersion(version, crypto.generateSymmetricMaterial(keyId, version), null));
        }
        keys.put(keyId, new ReplicableKey(new KeyProperties(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT,
                Origin.AWS_KMS, 365, versions), sealed));
        return keyId;
    }

    void serve(String keyId, KeyProperties properties, List<SealedVersion> versions) {
        keys.put(keyId, new ReplicableKey(properties, versions));
    }

    SealedVersion version(String keyId, int version) {
        return keys.get(keyId).versions().stream().filter(v -> v.materialVersion() == version).findFirst().orElseThrow();
    }

    static String newKeyId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return "mrk-" + HexFormat.of().formatHex(id);
    }
}
