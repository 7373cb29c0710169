package io.strongroom.application.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.Refusal;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.SigningKey;
import io.strongroom.domain.replication.SigningKeyRepository;
import io.strongroom.infrastructure.crypto.SealedMaterials;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A relay that forwards replication messages and tampers with them in every way it can: each
 * attempt is refused with its own code, and afterwards the genuine message still goes through,
 * so no refused attempt left state behind.
 */
class ReplicationHostileRelayTest {

    private TestRegion a;
    private TestRegion b;
    private TestRegion c;
    private String keyId;

    @BeforeEach
    void regions() {
        a = new TestRegion("us-east-1");
        b = new TestRegion("eu-west-1");
        c = new TestRegion("ap-southeast-2");
        TestRegion.trustEachOther(a, b);
        // c knows both, but neither of them knows c.
        c.trust(a);
        c.trust(b);
        keyId = a.symmetricKey(2);
    }

    @Test
    void everySampledBitFlipOfARequestIsRefusedAndTheGenuineRequestIsStillAnswered() {
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        for (int bit : sampledBits(request)) {
            byte[] tampered = RelayTampering.flipBit(request, bit);
            assertThrows(ReplicationRefusedException.class, () -> a.answer(tampered), "bit " + bit);
        }
        assertReplicated(b.requester.acceptMaterial(a.answer(request)));
    }

    @Test
    void everySampledBitFlipOfAResponseIsRefusedAndTheGenuineResponseIsStillAccepted() {
        byte[] response = a.answer(b.requester.requestMaterial("us-east-1", keyId, null).encode());
        for (int bit : sampledBits(response)) {
            byte[] tampered = RelayTampering.flipBit(response, bit);
            assertThrows(ReplicationRefusedException.class, () -> b.requester.acceptMaterial(tampered), "bit " + bit);
        }
        assertReplicated(b.requester.acceptMaterial(response));
    }

    @Test
    void aReplayedRequestOrResponseIsRefused() {
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        byte[] response = a.answer(request);
        refused(ReplicationError.REPLAYED_MESSAGE, () -> a.answer(request));
        b.requester.acceptMaterial(response);
        refused(ReplicationError.REPLAYED_MESSAGE, () -> b.requester.acceptMaterial(response));
    }

    @Test
    void reorderedAnswersStillLandInTheirOwnSessions() {
        String otherKey = a.symmetricKey(1);
        byte[] first = a.answer(b.requester.requestMaterial("us-east-1", keyId, null).encode());
        byte[] second = a.answer(b.requester.requestMaterial("us-east-1", otherKey, null).encode());

        ReceivedMaterial secondReceived = b.requester.acceptMaterial(second);
        ReceivedMaterial firstReceived = b.requester.acceptMaterial(first);

        assertEquals(otherKey, secondReceived.keyId());
        assertEquals(1, secondReceived.versions().size());
        assertReplicated(firstReceived);
    }

    @Test
    void messagesDeliveredOutOfTheirPlaceInTheSessionAreRefused() {
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        byte[] response = a.answer(request);
        // The response handed back to the source, the request handed to the requester side of the source.
        refused(ReplicationError.UNEXPECTED_MESSAGE, () -> b.answer(response));
        byte[] reverseRequest = a.requester.requestMaterial("eu-west-1", keyId, null).encode();
        refused(ReplicationError.UNEXPECTED_MESSAGE, () -> b.requester.acceptMaterial(reverseRequest));
        // Reflections back to the sender: no region is its own peer.
        refused(ReplicationError.UNKNOWN_PEER, () -> b.answer(request));
        refused(ReplicationError.UNKNOWN_PEER, () -> a.requester.acceptMaterial(response));
        // A material answer where a fingerprint is awaited.
        refused(ReplicationError.UNEXPECTED_MESSAGE, () -> b.requester.confirmSameMaterial(response, new byte[0]));
        assertReplicated(b.requester.acceptMaterial(response));
    }

    @Test
    void aMessageRedirectedToAThirdRegionIsRefusedThere() {
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        byte[] response = a.answer(request);
        refused(ReplicationError.MISDIRECTED_MESSAGE, () -> c.answer(request));
        refused(ReplicationError.MISDIRECTED_MESSAGE, () -> c.requester.acceptMaterial(response));
        TestRegion stranger = new TestRegion("sa-east-1");
        refused(ReplicationError.UNKNOWN_PEER, () -> stranger.requester.acceptMaterial(response));
        assertReplicated(b.requester.acceptMaterial(response));
    }

    @Test
    void aSwappedDestinationBreaksTheSignature() {
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        byte[] response = a.answer(request);
        byte[] toC = RelayTampering.rewriteHeader(response, h -> RelayTampering.withDestination(h, "ap-southeast-2"));
        refused(ReplicationError.BAD_SIGNATURE, () -> c.requester.acceptMaterial(toC));
        byte[] requestToC = RelayTampering.rewriteHeader(request, h -> RelayTampering.withDestination(h, "ap-southeast-2"));
        refused(ReplicationError.BAD_SIGNATURE, () -> c.answer(requestToC));
        assertReplicated(b.requester.acceptMaterial(response));
    }

    @Test
    void aStrippedSignatureIsRefused() {
        byte[] response = a.answer(b.requester.requestMaterial("us-east-1", keyId, null).encode());
        refused(ReplicationError.UNSIGNED_MESSAGE,
                () -> b.requester.acceptMaterial(RelayTampering.withEmptySignature(response)));
        refused(ReplicationError.UNSIGNED_MESSAGE,
                () -> b.requester.acceptMaterial(RelayTampering.withoutSignatureField(response)));
        assertReplicated(b.requester.acceptMaterial(response));
    }

    @Test
    void aMessageResignedWithAnUnregisteredKeyIsRefused() {
        byte[] response = a.answer(b.requester.requestMaterial("us-east-1", keyId, null).encode());
        SigningKey relayKey = c.signingKeys.current().orElseThrow();
        byte[] claimingA = RelayTampering.resign(response, c.boundary, relayKey, a.signingKeys.current().orElseThrow().fingerprint());
        refused(ReplicationError.BAD_SIGNATURE, () -> b.requester.acceptMaterial(claimingA));
        byte[] namingItsOwnKey = RelayTampering.resign(response, c.boundary, relayKey, relayKey.fingerprint());
        refused(ReplicationError.UNKNOWN_SIGNING_KEY, () -> b.requester.acceptMaterial(namingItsOwnKey));
        assertReplicated(b.requester.acceptMaterial(response));
    }

    @Test
    void aRegisteredPeerCannotAnswerAnotherPeersSessionNorSwitchKeys() {
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        var session = b.sessions.sessions.values().iterator().next();
        b.trust(c);
        // c, now trusted by b, answers the session b opened with a.
        byte[] fromC = c.outbound.compose(MessageType.REFUSAL, "eu-west-1", keyId, session.sessionId(),
                header -> new Refusal(ReplicationError.KEY_NOT_REPLICABLE, "").encode())
                .encode();
        refused(ReplicationError.SOURCE_MISMATCH, () -> b.requester.acceptMaterial(fromC));
        // a answers in b's session about another key.
        byte[] otherKey = a.outbound.compose(MessageType.REFUSAL, "eu-west-1", a.symmetricKey(1), session.sessionId(),
                header -> new Refusal(ReplicationError.KEY_NOT_REPLICABLE, "").encode())
                .encode();
        refused(ReplicationError.KEY_MISMATCH, () -> b.requester.acceptMaterial(otherKey));
        assertReplicated(b.requester.acceptMaterial(a.answer(request)));
    }

    @Test
    void staleAndFutureTimestampsAreRefusedWhileSkewWithinFiveMinutesIsAccepted() {
        // b's clock runs 5 minutes and a second ahead of a's: its request comes from a's future.
        b.clock.advance(InboundVerifier.MAX_CLOCK_SKEW.plusSeconds(1));
        byte[] fromTheFuture = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        refused(ReplicationError.FUTURE_MESSAGE, () -> a.answer(fromTheFuture));

        // Four minutes ahead is within the limit, in both directions.
        b.clock.advance(Duration.ofSeconds(-61));
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        assertReplicated(b.requester.acceptMaterial(a.answer(request)));

        // A request that reaches a 5 minutes and a second after it was made is stale.
        byte[] late = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        a.clock.advance(Duration.ofMinutes(9).plusSeconds(1));
        refused(ReplicationError.STALE_MESSAGE, () -> a.answer(late));
    }

    @Test
    void anAnswerAfterTheSessionExpiredOrForAClosedSessionIsRefused() {
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        // The latest answer the timestamp checks let through: sent 5 minutes late, received 5 minutes after that.
        a.clock.advance(InboundVerifier.MAX_CLOCK_SKEW);
        byte[] late = a.answer(request);
        b.clock.advance(ReplicationRequester.SESSION_LIFETIME);
        refused(ReplicationError.SESSION_EXPIRED, () -> b.requester.acceptMaterial(late));

        byte[] again = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        byte[] response = a.answer(again);
        b.sessions.sessions.clear();
        refused(ReplicationError.UNKNOWN_SESSION, () -> b.requester.acceptMaterial(response));
    }

    @Test
    void aSigningKeyRotatedOutIsAcceptedDuringTheOverlapAndRefusedAfterIt() {
        SigningKey old = a.signingKeys.current().orElseThrow();
        a.custody.rotate();
        b.registry.updateKey("us-east-1", a.custody.published().get(0).pem(), a.custody.published().get(0).fingerprint());
        OutboundMessages withOldKey = new OutboundMessages(new RegionIdentity("us-east-1", "111122223333"),
                a.boundary, new FixedKey(old), a.clock);
        Supplier<byte[]> oldKeyRefusal = () -> {
            byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
            byte[] sessionId = ReplicationMessage.decode(request).header().sessionId();
            return withOldKey.compose(MessageType.REFUSAL, "eu-west-1", keyId, sessionId,
                    header -> new Refusal(ReplicationError.KEY_NOT_REPLICABLE, "").encode())
                    .encode();
        };

        byte[] duringOverlap = oldKeyRefusal.get();
        ReplicationRefusedException refusedByA = assertThrows(ReplicationRefusedException.class,
                () -> b.requester.acceptMaterial(duringOverlap));
        assertEquals("us-east-1", refusedByA.refusedBy(), "a verified refusal from a, signed with the old key");

        a.clock.advance(TestRegion.OVERLAP);
        b.clock.advance(TestRegion.OVERLAP);
        byte[] afterOverlap = oldKeyRefusal.get();
        refused(ReplicationError.SIGNING_KEY_EXPIRED, () -> b.requester.acceptMaterial(afterOverlap));
        assertReplicated(b.requester.acceptMaterial(a.answer(b.requester.requestMaterial("us-east-1", keyId, null).encode())));
    }

    @Test
    void noMessageCarriesTheMaterialInTheClear() {
        byte[] request = b.requester.requestMaterial("us-east-1", keyId, null).encode();
        byte[] response = a.answer(request);
        for (int version = 1; version <= 2; version++) {
            byte[] material = SealedMaterials.unseal(a.crypto, keyId, version, a.version(keyId, version).sealedMaterial());
            assertFalse(RelayTampering.contains(response, material));
            assertFalse(RelayTampering.contains(request, material));
            assertFalse(RelayTampering.contains(response, Arrays.copyOf(material, 8)));
        }
    }

    private void assertReplicated(ReceivedMaterial received) {
        assertEquals(keyId, received.keyId());
        assertEquals(2, received.versions().size());
        for (var version : received.versions()) {
            assertArrayEquals(
                    SealedMaterials.unseal(a.crypto, keyId, version.materialVersion(),
                            a.version(keyId, version.materialVersion()).sealedMaterial()),
                    SealedMaterials.unseal(b.crypto, keyId, version.materialVersion(), version.sealedMaterial()));
        }
    }

    private static void refused(ReplicationError expected, Executable attempt) {
        ReplicationRefusedException refused = assertThrows(ReplicationRefusedException.class, attempt);
        assertEquals(expected, refused.reason(), refused.getMessage());
        assertEquals(null, refused.refusedBy());
    }

    /** Every bit of the header and of the last 8 bytes (the signature's end), and every 5th bit in between. */
    private static List<Integer> sampledBits(byte[] message) {
        int headerBits = ReplicationMessage.decode(message).header().encode().length * 8;
        List<Integer> bits = new ArrayList<>();
        for (int bit = 0; bit < message.length * 8; bit++) {
            if (bit < headerBits || bit >= (message.length - 8) * 8 || bit % 5 == 0) {
                bits.add(bit);
            }
        }
        return bits;
    }

    /** A region whose node still signs with a key that was rotated out. */
    private record FixedKey(SigningKey key) implements SigningKeyRepository {
        @Override
        public Optional<SigningKey> current() {
            return Optional.of(key);
        }

        @Override
        public List<SigningKey> all() {
            return List.of(key);
        }

        @Override
        public boolean insertIfAbsent(SigningKey ignored) {
            return false;
        }

        @Override
        public void retire(int version, Instant at) {
        }
    }
}
