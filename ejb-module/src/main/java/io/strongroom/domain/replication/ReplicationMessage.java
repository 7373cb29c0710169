package io.strongroom.domain.replication;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * One replication message as it travels: {@code header | u32 payload length | payload | u16
 * signature length | signature}. The signature (ECDSA P-384 with SHA-384, DER) covers every byte
 * before the signature length, exactly as received; a relay can forward it but change nothing.
 *
 * @param header     the signed header
 * @param payload    the type-specific payload (see the payload records)
 * @param signedPart the bytes the signature covers
 * @param signature  the sender's signature, empty if the message arrived unsigned
 */
public record ReplicationMessage(MessageHeader header, byte[] payload, byte[] signedPart, byte[] signature) {

    /** Bounds what a receiver parses: far above many versions of RSA-4096 material, far below a memory problem. */
    public static final int MAX_LENGTH = 1 << 20;
    public static final int MAX_SIGNATURE_LENGTH = 0xFF;

    /** Builds the message and signs its signed part with the given signer. */
    public static ReplicationMessage sign(MessageHeader header, byte[] payload, UnaryOperator<byte[]> signer) {
        byte[] signedPart = header.write(new CanonicalWriter()).bytes32(payload).toBytes();
        return new ReplicationMessage(header, payload, signedPart, signer.apply(signedPart));
    }

    public byte[] encode() {
        return new CanonicalWriter().fixed(signedPart, signedPart.length).u16(signature.length)
                .fixed(signature, signature.length).toBytes();
    }

    /**
     * Parses a message strictly; a message that is not canonical is MALFORMED_MESSAGE, another
     * protocol version UNSUPPORTED_VERSION, a missing signature UNSIGNED_MESSAGE. Nothing here
     * says the message is authentic: that is the receiver's verification.
     */
    public static ReplicationMessage decode(byte[] bytes) {
        if (bytes == null || bytes.length > MAX_LENGTH) {
            throw new ReplicationRefusedException(ReplicationError.MALFORMED_MESSAGE, "the message is empty or too long");
        }
        CanonicalReader in = new CanonicalReader(bytes, ReplicationError.MALFORMED_MESSAGE);
        MessageHeader header = MessageHeader.read(in);
        byte[] payload = in.bytes32(MAX_LENGTH);
        byte[] signedPart = Arrays.copyOf(bytes, in.position());
        if (in.position() == bytes.length) {
            throw new ReplicationRefusedException(ReplicationError.UNSIGNED_MESSAGE, null);
        }
        byte[] signature = in.bytes16(MAX_SIGNATURE_LENGTH);
        in.end();
        if (signature.length == 0) {
            throw new ReplicationRefusedException(ReplicationError.UNSIGNED_MESSAGE, null);
        }
        return new ReplicationMessage(header, payload, signedPart, signature);
    }
}
