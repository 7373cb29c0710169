package io.strongroom.domain.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import io.strongroom.client.Tag;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.Origin;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** REPLICA_ORDER carries the replica's own properties beside the shared ones, in one encoding only. */
class ReplicaOrderPayloadTest {

    private static final String REQUESTER = "arn:aws:iam::111122223333:user/alice";

    private final ReplicaOrderPayload order = new ReplicaOrderPayload(
            new KeyProperties(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, 90, 3),
            "réplica", "{\"Version\":\"2012-10-17\"}", false, REQUESTER, List.of(new Tag("team", "vault"), new Tag("cost", "")),
            new TreeMap<>(Map.of("eu-west-1", KeyState.Enabled, "ap-south-1", KeyState.Creating)));

    @Test
    void anOrderSurvivesEncodingAndDecodingExactly() {
        byte[] encoded = order.encode();

        ReplicaOrderPayload decoded = ReplicaOrderPayload.decode(encoded);

        assertEquals(order.properties(), decoded.properties());
        assertEquals("réplica", decoded.description());
        assertEquals(order.policy(), decoded.policy());
        assertEquals(false, decoded.bypassPolicyLockoutSafetyCheck());
        assertEquals(REQUESTER, decoded.requesterArn());
        assertEquals(List.of("team=vault", "cost="), decoded.tags().stream().map(t -> t.tagKey() + "=" + t.tagValue()).toList());
        assertEquals(order.otherReplicas(), decoded.otherReplicas());
        assertArrayEquals(encoded, decoded.encode());
    }

    @Test
    void trailingBytesATruncationAndAnUnknownStateAreRefused() {
        byte[] encoded = order.encode();
        byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
        assertEquals(ReplicationError.MALFORMED_PAYLOAD,
                assertThrows(ReplicationRefusedException.class, () -> ReplicaOrderPayload.decode(longer)).reason());
        assertEquals(ReplicationError.MALFORMED_PAYLOAD, assertThrows(ReplicationRefusedException.class,
                () -> ReplicaOrderPayload.decode(Arrays.copyOf(encoded, encoded.length - 1))).reason());
        byte[] badState = new String(encoded, ISO_8859_1)
                .replace("Creating", "Creatinx").getBytes(ISO_8859_1);
        assertEquals(ReplicationError.MALFORMED_PAYLOAD,
                assertThrows(ReplicationRefusedException.class, () -> ReplicaOrderPayload.decode(badState)).reason());
    }

    @Test
    void theLockoutCheckFlagTravelsAndIsZeroOrOneOnly() {
        ReplicaOrderPayload bypassing = new ReplicaOrderPayload(order.properties(), "", "{}", true, REQUESTER,
                List.of(), new TreeMap<>());
        byte[] encoded = bypassing.encode();
        assertEquals(true, ReplicaOrderPayload.decode(encoded).bypassPolicyLockoutSafetyCheck());
        assertEquals(false, ReplicaOrderPayload.decode(order.encode()).bypassPolicyLockoutSafetyCheck());

        // The flag is the byte right after the policy; 2 would be a second encoding of "true".
        int flag = new String(encoded, ISO_8859_1).indexOf("{}") + 2;
        assertEquals(1, encoded[flag]);
        encoded[flag] = 2;
        assertEquals(ReplicationError.MALFORMED_PAYLOAD,
                assertThrows(ReplicationRefusedException.class, () -> ReplicaOrderPayload.decode(encoded)).reason());
    }

    @Test
    void aRepeatedOrMalformedReplicaRegionIsRefused() {
        byte[] encoded = order.encode();
        byte[] badRegion = new String(encoded, ISO_8859_1)
                .replace("eu-west-1", "eu_west-1").getBytes(ISO_8859_1);
        assertEquals(ReplicationError.MALFORMED_PAYLOAD,
                assertThrows(ReplicationRefusedException.class, () -> ReplicaOrderPayload.decode(badRegion)).reason());
    }
}
