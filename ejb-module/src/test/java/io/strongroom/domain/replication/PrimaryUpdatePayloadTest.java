package io.strongroom.domain.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.domain.KeyState;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The PRIMARY_UPDATE_* payloads: an update id, and the old primary's other replicas in a COMMIT only. */
class PrimaryUpdatePayloadTest {

    private static final byte[] UPDATE_ID = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

    private final PrimaryUpdatePayload commit = new PrimaryUpdatePayload(UPDATE_ID,
            new TreeMap<>(Map.of("eu-west-1", KeyState.Enabled, "ap-south-1", KeyState.Disabled)));

    @Test
    void aCommitSurvivesEncodingAndDecodingExactly() {
        byte[] encoded = commit.encode();

        PrimaryUpdatePayload decoded = PrimaryUpdatePayload.decode(MessageType.PRIMARY_UPDATE_COMMIT, encoded);

        assertEquals(commit, decoded);
        assertEquals("00112233445566778899aabbccddeeff", decoded.updateHex());
        assertEquals(KeyState.Disabled, decoded.otherReplicas().get("ap-south-1"));
        assertArrayEquals(encoded, decoded.encode());
    }

    @Test
    void beginAndBackOutCarryTheUpdateIdAloneAndRefuseAReplicaList() {
        byte[] begin = PrimaryUpdatePayload.of(UPDATE_ID).encode();
        assertEquals(PrimaryUpdatePayload.UPDATE_ID_LENGTH + 2, begin.length);
        assertEquals(PrimaryUpdatePayload.of(UPDATE_ID), PrimaryUpdatePayload.decode(MessageType.PRIMARY_UPDATE_BEGIN, begin));
        assertEquals(PrimaryUpdatePayload.of(UPDATE_ID), PrimaryUpdatePayload.decode(MessageType.PRIMARY_UPDATE_BACK_OUT, begin));
        for (MessageType type : new MessageType[] {MessageType.PRIMARY_UPDATE_BEGIN, MessageType.PRIMARY_UPDATE_BACK_OUT}) {
            assertEquals(ReplicationError.MALFORMED_PAYLOAD, assertThrows(ReplicationRefusedException.class,
                    () -> PrimaryUpdatePayload.decode(type, commit.encode())).reason());
        }
    }

    @Test
    void trailingBytesATruncationAndAShortIdAreRefused() {
        byte[] encoded = commit.encode();
        for (byte[] bad : new byte[][] {Arrays.copyOf(encoded, encoded.length + 1), Arrays.copyOf(encoded, encoded.length - 1),
                Arrays.copyOf(encoded, 10)}) {
            assertEquals(ReplicationError.MALFORMED_PAYLOAD, assertThrows(ReplicationRefusedException.class,
                    () -> PrimaryUpdatePayload.decode(MessageType.PRIMARY_UPDATE_COMMIT, bad)).reason());
        }
        assertThrows(IllegalArgumentException.class, () -> PrimaryUpdatePayload.of(new byte[8]));
    }

    @Test
    void replicasOutOfOrderOrRepeatedHaveNoEncoding() {
        CanonicalWriter out = new CanonicalWriter().fixed(UPDATE_ID, PrimaryUpdatePayload.UPDATE_ID_LENGTH)
                .u16(2).ascii8("eu-west-1").ascii8("Enabled").ascii8("ap-south-1").ascii8("Enabled");
        assertEquals(ReplicationError.MALFORMED_PAYLOAD, assertThrows(ReplicationRefusedException.class,
                () -> PrimaryUpdatePayload.decode(MessageType.PRIMARY_UPDATE_COMMIT, out.toBytes())).reason());
        CanonicalWriter repeated = new CanonicalWriter().fixed(UPDATE_ID, PrimaryUpdatePayload.UPDATE_ID_LENGTH)
                .u16(2).ascii8("eu-west-1").ascii8("Enabled").ascii8("eu-west-1").ascii8("Disabled");
        assertEquals(ReplicationError.MALFORMED_PAYLOAD, assertThrows(ReplicationRefusedException.class,
                () -> PrimaryUpdatePayload.decode(MessageType.PRIMARY_UPDATE_COMMIT, repeated.toBytes())).reason());
    }

    @Test
    void theMessageTypesHaveTheirWireCodesAndStandAlone() {
        assertEquals(MessageType.PRIMARY_UPDATE_BEGIN, MessageType.ofCode(8));
        assertEquals(MessageType.PRIMARY_UPDATE_COMMIT, MessageType.ofCode(9));
        assertEquals(MessageType.PRIMARY_UPDATE_BACK_OUT, MessageType.ofCode(10));
        for (MessageType type : new MessageType[] {MessageType.PRIMARY_UPDATE_BEGIN, MessageType.PRIMARY_UPDATE_COMMIT,
                MessageType.PRIMARY_UPDATE_BACK_OUT}) {
            assertEquals(1, type.sequence());
        }
    }
}
