package io.strongroom.application.replication;

import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.SigningKey;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/** What a hostile relay can do to a message in transit: it holds the bytes, never a region's keys. */
final class RelayTampering {

    private RelayTampering() {
    }

    static byte[] flipBit(byte[] message, int bit) {
        byte[] tampered = message.clone();
        tampered[bit / 8] ^= (byte) (1 << (bit % 8));
        return tampered;
    }

    /** The signed part followed by a zero signature length. */
    static byte[] withEmptySignature(byte[] message) {
        byte[] signedPart = ReplicationMessage.decode(message).signedPart();
        return Arrays.copyOf(signedPart, signedPart.length + 2);
    }

    /** The signed part alone, without even the signature's length. */
    static byte[] withoutSignatureField(byte[] message) {
        return ReplicationMessage.decode(message).signedPart();
    }

    /** The same message with a rewritten header and the original signature. */
    static byte[] rewriteHeader(byte[] message, UnaryOperator<MessageHeader> change) {
        ReplicationMessage original = ReplicationMessage.decode(message);
        return ReplicationMessage.sign(change.apply(original.header()), original.payload(), data -> original.signature())
                .encode();
    }

    /** The same header and payload signed with another key, the header naming {@code claimedSigner}. */
    static byte[] resign(byte[] message, ReplicationBoundary boundary, SigningKey key, byte[] claimedSigner) {
        ReplicationMessage original = ReplicationMessage.decode(message);
        MessageHeader h = original.header();
        MessageHeader header = new MessageHeader(h.type(), h.sourceRegion(), h.destinationRegion(), h.keyId(),
                h.sessionId(), h.timestamp(), h.sequence(), claimedSigner);
        return ReplicationMessage.sign(header, original.payload(), data -> boundary.sign(key, data)).encode();
    }

    static MessageHeader withDestination(MessageHeader h, String destination) {
        return new MessageHeader(h.type(), h.sourceRegion(), destination, h.keyId(), h.sessionId(), h.timestamp(),
                h.sequence(), h.signerFingerprint());
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
