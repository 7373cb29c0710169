package io.strongroom.domain.replication;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.domain.KeyState;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TOPOLOGY_NOTICE payloads: one encoding per notice, and anything else refused as a malformed payload. */
class TopologyNoticeTest {

    private static final List<TopologyNotice> EVERY_KIND = List.of(
            TopologyNotice.replicaState("us-west-2", KeyState.Disabled),
            TopologyNotice.replicaDeleted("eu-central-1"),
            TopologyNotice.replicaAdded("ap-southeast-2", KeyState.Creating),
            TopologyNotice.primaryChanged("us-west-2", Map.of("us-east-1", KeyState.Enabled, "eu-west-1", KeyState.Creating)),
            TopologyNotice.materialRotated(7),
            TopologyNotice.rotationSetting(new TopologyNotice.Rotation(180, Instant.parse("2027-06-01T10:15:30.123Z"))),
            TopologyNotice.rotationSetting(TopologyNotice.Rotation.OFF));

    @Test
    void everyKindSurvivesEncodingAndDecodingExactly() {
        for (TopologyNotice notice : EVERY_KIND) {
            byte[] encoded = notice.encode();
            TopologyNotice decoded = TopologyNotice.decode(encoded);
            assertEquals(notice, decoded);
            assertArrayEquals(encoded, decoded.encode());
        }
    }

    @Test
    void theEncodingIsTheDocumentedOne() {
        assertEquals("0d" + hex("REPLICA_STATE") + "09" + hex("us-west-2") + "08" + hex("Disabled"),
                HexFormat.of().formatHex(EVERY_KIND.get(0).encode()));
        assertEquals("10" + hex("MATERIAL_ROTATED") + "00000007", HexFormat.of().formatHex(EVERY_KIND.get(4).encode()));
        assertEquals("10" + hex("ROTATION_SETTING") + "000000b4" + String.format("%016x", Instant.parse("2027-06-01T10:15:30.123Z").toEpochMilli()),
                HexFormat.of().formatHex(EVERY_KIND.get(5).encode()));
        assertEquals("10" + hex("ROTATION_SETTING") + "00000000" + "0000000000000000", HexFormat.of().formatHex(EVERY_KIND.get(6).encode()));
        assertEquals("0f" + hex("PRIMARY_CHANGED") + "09" + hex("us-west-2") + "0002" + "09" + hex("eu-west-1")
                + "08" + hex("Creating") + "09" + hex("us-east-1") + "07" + hex("Enabled"),
                HexFormat.of().formatHex(EVERY_KIND.get(3).encode()), "replicas in increasing order");
    }

    @Test
    void truncationsAndTrailingBytesAreRefused() {
        for (TopologyNotice notice : EVERY_KIND) {
            byte[] encoded = notice.encode();
            for (int length = 0; length < encoded.length; length++) {
                assertMalformed(Arrays.copyOf(encoded, length));
            }
            assertMalformed(Arrays.copyOf(encoded, encoded.length + 1));
        }
    }

    @Test
    void anUnknownKindRegionStateOrVersionIsRefused() {
        assertMalformed(replace(EVERY_KIND.get(0), "REPLICA_STATE", "REPLICA_STATX"));
        assertMalformed(replace(EVERY_KIND.get(0), "us-west-2", "us_west-2"));
        assertMalformed(replace(EVERY_KIND.get(0), "Disabled", "Disablex"));
        assertMalformed(new CanonicalWriter().ascii8("MATERIAL_ROTATED").u32(0).toBytes());
        assertMalformed(new CanonicalWriter().ascii8("MATERIAL_ROTATED").u32(0x8000_0000L).toBytes());
        assertMalformed(new CanonicalWriter().ascii8("REPLICA_DELETED").ascii8("").toBytes());
        assertMalformed(new CanonicalWriter().ascii8("ROTATION_SETTING").u32(89).i64(1_800_000_000_000L).toBytes());
        assertMalformed(new CanonicalWriter().ascii8("ROTATION_SETTING").u32(2561).i64(1_800_000_000_000L).toBytes());
        assertMalformed(new CanonicalWriter().ascii8("ROTATION_SETTING").u32(365).i64(0).toBytes());
        assertMalformed(new CanonicalWriter().ascii8("ROTATION_SETTING").u32(0).i64(1_800_000_000_000L).toBytes());
        assertMalformed(new CanonicalWriter().ascii8("ROTATION_SETTING").u32(365).i64(-5).toBytes());
        assertMalformed(new CanonicalWriter().ascii8("ROTATION_SETTING").u32(0xFFFF_FFFFL).i64(1_800_000_000_000L).toBytes());
    }

    @Test
    void aReplicaListOutOfOrderRepeatedOrNamingTheNewPrimaryIsRefused() {
        assertMalformed(replicaList("us-west-2", "us-east-1", "eu-west-1"));
        assertMalformed(replicaList("us-west-2", "eu-west-1", "eu-west-1"));
        assertMalformed(replicaList("us-west-2", "eu-west-1", "us-west-2"));
        assertEquals(Map.of("eu-west-1", KeyState.Enabled, "us-east-1", KeyState.Enabled),
                TopologyNotice.decode(replicaList("us-west-2", "eu-west-1", "us-east-1")).replicas());
    }

    @Test
    void aNoticeCannotBeMadeWithFieldsItsKindDoesNotCarry() {
        assertThrows(IllegalArgumentException.class,
                () -> new TopologyNotice(TopologyNotice.Kind.REPLICA_STATE, "us-west-2", null, null, 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> new TopologyNotice(TopologyNotice.Kind.REPLICA_DELETED, "us-west-2", KeyState.Enabled, null, 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> new TopologyNotice(TopologyNotice.Kind.MATERIAL_ROTATED, "us-west-2", null, null, 2, null));
        assertThrows(IllegalArgumentException.class, () -> TopologyNotice.materialRotated(0));
        assertThrows(IllegalArgumentException.class, () -> TopologyNotice.replicaDeleted("not a region"));
    }

    private static byte[] replicaList(String primary, String... regions) {
        CanonicalWriter out = new CanonicalWriter().ascii8("PRIMARY_CHANGED").ascii8(primary).u16(regions.length);
        for (String region : regions) {
            out.ascii8(region).ascii8("Enabled");
        }
        return out.toBytes();
    }

    private static byte[] replace(TopologyNotice notice, String from, String to) {
        return new String(notice.encode(), ISO_8859_1).replace(from, to).getBytes(ISO_8859_1);
    }

    private static void assertMalformed(byte[] payload) {
        assertEquals(ReplicationError.MALFORMED_PAYLOAD,
                assertThrows(ReplicationRefusedException.class, () -> TopologyNotice.decode(payload)).reason());
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(ISO_8859_1));
    }
}
