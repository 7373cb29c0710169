package io.strongroom.domain.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.Origin;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The wire format accepts exactly one encoding of each message and refuses everything else by code. */
class ReplicationMessageTest {

    private static final String KEY_ID = "mrk-0123456789abcdef0123456789abcdef";
    private static final byte[] SIGNATURE = {0x30, 0x01, 0x02};

    private final MessageHeader header = new MessageHeader(MessageType.REPLICATION_REQUEST, "eu-west-1", "us-east-1",
            KEY_ID, filled(16, 1), Instant.parse("2025-03-01T12:00:00.123456Z"), 1, filled(32, 2));

    @Test
    void aMessageSurvivesEncodingAndDecodingExactly() {
        byte[] payload = new MaterialRequest(filled(120, 3), KeySpec.HMAC_256).encode();
        ReplicationMessage message = ReplicationMessage.sign(header, payload, data -> SIGNATURE);
        byte[] encoded = message.encode();

        ReplicationMessage decoded = ReplicationMessage.decode(encoded);

        assertEquals(Instant.parse("2025-03-01T12:00:00.123Z"), decoded.header().timestamp(), "milliseconds on the wire");
        assertArrayEquals(header.encode(), decoded.header().encode());
        assertArrayEquals(payload, decoded.payload());
        assertArrayEquals(SIGNATURE, decoded.signature());
        assertArrayEquals(Arrays.copyOf(encoded, encoded.length - 2 - SIGNATURE.length), decoded.signedPart());
        assertArrayEquals(encoded, decoded.encode());
        assertEquals(KeySpec.HMAC_256, MaterialRequest.decode(decoded.payload()).expectedKeySpec());
    }

    @Test
    void everyTruncationAndAnyTrailingByteIsRefused() {
        byte[] encoded = ReplicationMessage.sign(header, new byte[] {9}, data -> SIGNATURE).encode();
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThrows(ReplicationRefusedException.class, () -> ReplicationMessage.decode(truncated), "length " + length);
        }
        refused(ReplicationError.MALFORMED_MESSAGE, () -> ReplicationMessage.decode(Arrays.copyOf(encoded, encoded.length + 1)));
        refused(ReplicationError.MALFORMED_MESSAGE, () -> ReplicationMessage.decode(new byte[ReplicationMessage.MAX_LENGTH + 1]));
    }

    @Test
    void magicVersionTypeAndFieldShapesAreChecked() {
        byte[] encoded = ReplicationMessage.sign(header, new byte[0], data -> SIGNATURE).encode();
        refused(ReplicationError.MALFORMED_MESSAGE, () -> ReplicationMessage.decode(with(encoded, 0, 'X')));
        refused(ReplicationError.UNSUPPORTED_VERSION, () -> ReplicationMessage.decode(with(encoded, 4, 2)));
        refused(ReplicationError.MALFORMED_MESSAGE, () -> ReplicationMessage.decode(with(encoded, 5, 99)));
        refused(ReplicationError.MALFORMED_MESSAGE, () -> ReplicationMessage.decode(with(encoded, 7, 'E')), "upper-case region");
        refused(ReplicationError.MALFORMED_MESSAGE, () -> ReplicationMessage.decode(with(encoded, 7, 0xC3)), "non-ASCII");
        refused(ReplicationError.UNSIGNED_MESSAGE,
                () -> ReplicationMessage.decode(ReplicationMessage.sign(header, new byte[0], data -> new byte[0]).encode()));
    }

    @Test
    void materialResponsesAreCheckedForTheirOwnConsistency() {
        KeyProperties generated = new KeyProperties(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, 0, 2);
        KeyProperties imported = new KeyProperties(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.EXTERNAL, 0, 1);
        WrappedMaterial v1 = new WrappedMaterial(1, new byte[0], filled(12, 4), filled(48, 5));
        WrappedMaterial v2 = new WrappedMaterial(2, new byte[0], filled(12, 6), filled(48, 7));
        byte[] agreementKey = filled(120, 8);

        MaterialResponse good = MaterialResponse.decode(new MaterialResponse(agreementKey, generated, List.of(v1, v2)).encode());
        assertEquals(generated, good.properties());
        assertEquals(List.of(1, 2), good.materials().stream().map(WrappedMaterial::materialVersion).toList());
        assertEquals(imported, MaterialResponse.decode(new MaterialResponse(agreementKey, imported, List.of()).encode()).properties());

        for (MaterialResponse bad : List.of(new MaterialResponse(agreementKey, generated, List.of(v2, v1)),
                new MaterialResponse(agreementKey, generated, List.of(v1)),
                new MaterialResponse(agreementKey, generated, List.of()),
                new MaterialResponse(agreementKey, imported, List.of(v1)))) {
            refused(ReplicationError.MALFORMED_PAYLOAD, () -> MaterialResponse.decode(bad.encode()));
        }
    }

    @Test
    void refusalsCarryAKnownCodeAndBoundedText() {
        Refusal refusal = Refusal.decode(new Refusal(ReplicationError.KEY_NOT_REPLICABLE, "é".repeat(400)).encode());
        assertEquals(ReplicationError.KEY_NOT_REPLICABLE, refusal.reason());
        assertEquals(170, refusal.detail().length());
        byte[] unknown = new CanonicalWriter().ascii8("NO_SUCH_CODE").utf8("").toBytes();
        refused(ReplicationError.MALFORMED_PAYLOAD, () -> Refusal.decode(unknown));
    }

    @Test
    void fingerprintsAreParsedStrictly() {
        byte[] fingerprint = filled(32, 0xAB);
        String shown = KeyFingerprint.format(fingerprint);
        assertEquals(("ab:").repeat(31) + "ab", shown);
        assertArrayEquals(fingerprint, KeyFingerprint.parse("fingerprint", shown.toUpperCase()));
        assertArrayEquals(fingerprint, KeyFingerprint.parse("fingerprint", "ab".repeat(32)));
        for (String bad : List.of("", "ab".repeat(31), "ab".repeat(33), "zz".repeat(32), "\uFF11".repeat(64))) {
            assertThrows(io.strongroom.client.KmsException.class, () -> KeyFingerprint.parse("fingerprint", bad));
        }
    }

    private static byte[] with(byte[] bytes, int index, int value) {
        byte[] changed = bytes.clone();
        changed[index] = (byte) value;
        return changed;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static void refused(ReplicationError expected, Executable attempt) {
        refused(expected, attempt, "");
    }

    private static void refused(ReplicationError expected, Executable attempt, String why) {
        assertEquals(expected, assertThrows(ReplicationRefusedException.class, attempt).reason(), why);
    }
}
