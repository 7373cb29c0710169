package io.strongroom.domain.replication;

import io.strongroom.client.KmsException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The signed header of every replication message: who sends what to whom, about which key, in
 * which session, when, at which position, and with which signing key. Its canonical encoding is
 * also the additional data of the AES-GCM wrapping, so wrapped material is bound to all of it.
 *
 * @param type              what the payload is
 * @param sourceRegion      the sender
 * @param destinationRegion the one region that may accept the message
 * @param keyId             the multi-region key ({@code mrk-} + 32 hex)
 * @param sessionId         16 random bytes chosen by the requester
 * @param timestamp         the sender's clock, in milliseconds
 * @param sequence          the message's position in its session
 * @param signerFingerprint SHA-256 of the sender's signing key (DER SubjectPublicKeyInfo)
 */
public record MessageHeader(MessageType type, String sourceRegion, String destinationRegion, String keyId,
                            byte[] sessionId, Instant timestamp, long sequence, byte[] signerFingerprint) {

    public static final byte[] MAGIC = "SRRP".getBytes(StandardCharsets.US_ASCII);
    public static final int PROTOCOL_VERSION = 1;
    public static final int SESSION_ID_LENGTH = 16;
    public static final Pattern MULTI_REGION_KEY_ID = Pattern.compile("mrk-[0-9a-f]{32}");

    public MessageHeader {
        if (!RegionName.isValid(sourceRegion) || !RegionName.isValid(destinationRegion)
                || !MULTI_REGION_KEY_ID.matcher(keyId).matches() || sessionId.length != SESSION_ID_LENGTH
                || signerFingerprint.length != KeyFingerprint.LENGTH || sequence < 0 || sequence > 0xFFFF_FFFFL) {
            throw new ReplicationRefusedException(ReplicationError.MALFORMED_MESSAGE, "a header field is out of range");
        }
        timestamp = Instant.ofEpochMilli(timestamp.toEpochMilli());
    }

    public byte[] encode() {
        return write(new CanonicalWriter()).toBytes();
    }

    CanonicalWriter write(CanonicalWriter out) {
        return out.fixed(MAGIC, MAGIC.length).u8(PROTOCOL_VERSION).u8(type.code())
                .ascii8(sourceRegion).ascii8(destinationRegion).ascii8(keyId)
                .fixed(sessionId, SESSION_ID_LENGTH).i64(timestamp.toEpochMilli()).u32(sequence)
                .fixed(signerFingerprint, KeyFingerprint.LENGTH);
    }

    static MessageHeader read(CanonicalReader in) {
        if (!Arrays.equals(MAGIC, in.fixed(MAGIC.length))) {
            throw in.refused("the message does not start with SRRP");
        }
        int version = in.u8();
        if (version != PROTOCOL_VERSION) {
            throw new ReplicationRefusedException(ReplicationError.UNSUPPORTED_VERSION, "version " + version);
        }
        MessageType type = MessageType.ofCode(in.u8());
        String source = in.ascii8();
        String destination = in.ascii8();
        String keyId = in.ascii8();
        return new MessageHeader(type, source, destination, keyId, in.fixed(SESSION_ID_LENGTH),
                Instant.ofEpochMilli(in.i64()), in.u32(), in.fixed(KeyFingerprint.LENGTH));
    }

    /** The session id as 32 lower-case hex digits, as stored and logged. */
    public String sessionHex() {
        return HexFormat.of().formatHex(sessionId);
    }

    /** Checks a key id is a multi-region key id before it goes into a message. */
    public static String requireMultiRegionKeyId(String field, String keyId) {
        if (keyId == null || !MULTI_REGION_KEY_ID.matcher(keyId).matches()) {
            throw KmsException.validation(field,
                    "Member must be a multi-Region key id (mrk- followed by 32 hexadecimal digits)");
        }
        return keyId;
    }
}
