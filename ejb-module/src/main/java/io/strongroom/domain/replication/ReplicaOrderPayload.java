package io.strongroom.domain.replication;

import io.strongroom.client.Tag;
import io.strongroom.domain.KeyState;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Payload of REPLICA_ORDER: what the replica's region needs to create the replica before any
 * material travels — the primary's shared properties, the replica's own description, key policy
 * and tags (never copied from the primary), and the primary's other replicas so the new one lists
 * them in its MultiRegionConfiguration. The key id and the primary's region are the header's. The
 * requester's principal and whether it bypassed the policy lockout safety check (set too when the
 * request gave no policy: the default key policy is never checked) let the replica's region run
 * that check again against the replica's own ARN.
 *
 * <pre>properties | utf8_16 description | bytes32 policy (UTF-8) | u8 bypass lockout check (0 or 1)
 * | utf8_16 requester principal ARN | u16 count × (utf8_16 key, utf8_16 value)
 * | u16 count × (ascii8 region, ascii8 key state), regions in increasing order</pre>
 */
public record ReplicaOrderPayload(KeyProperties properties, String description, String policy,
                                  boolean bypassPolicyLockoutSafetyCheck, String requesterArn, List<Tag> tags,
                                  SortedMap<String, KeyState> otherReplicas) {

    static final int MAX_DESCRIPTION_BYTES = 8192 * 3;
    /** An ARN is at most 2048 characters. */
    static final int MAX_REQUESTER_BYTES = 2048 * 3;
    static final int MAX_POLICY_BYTES = 32768 * 3;
    static final int MAX_TAG_BYTES = 256 * 3;

    public ReplicaOrderPayload {
        tags = List.copyOf(tags);
        otherReplicas = new TreeMap<>(otherReplicas);
    }

    public byte[] encode() {
        CanonicalWriter out = new CanonicalWriter();
        properties.write(out);
        out.utf8(description).bytes32(policy.getBytes(StandardCharsets.UTF_8))
                .u8(bypassPolicyLockoutSafetyCheck ? 1 : 0).utf8(requesterArn).u16(tags.size());
        tags.forEach(tag -> out.utf8(tag.tagKey()).utf8(tag.tagValue()));
        ReplicaStates.write(out, otherReplicas);
        return out.toBytes();
    }

    public static ReplicaOrderPayload decode(byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        KeyProperties properties = KeyProperties.read(in);
        String description = in.utf8(MAX_DESCRIPTION_BYTES);
        String policy = strictUtf8(in, in.bytes32(MAX_POLICY_BYTES));
        int bypass = in.u8();
        if (bypass > 1) {
            throw in.refused("the lockout check flag is neither 0 nor 1");
        }
        String requesterArn = in.utf8(MAX_REQUESTER_BYTES);
        int tagCount = in.u16();
        List<Tag> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(new Tag(in.utf8(MAX_TAG_BYTES), in.utf8(MAX_TAG_BYTES)));
        }
        SortedMap<String, KeyState> replicas = ReplicaStates.read(in);
        in.end();
        return new ReplicaOrderPayload(properties, description, policy, bypass == 1, requesterArn, tags, replicas);
    }

    private static String strictUtf8(CanonicalReader in, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw in.refused("a text field is not valid UTF-8");
        }
    }
}
