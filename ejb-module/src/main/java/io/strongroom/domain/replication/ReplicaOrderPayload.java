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
 * them in its MultiRegionConfiguration. The key id and the primary's region are the header's.
 *
 * <pre>properties | utf8_16 description | bytes32 policy (UTF-8) | u16 count × (utf8_16 key, utf8_16 value)
 * | u16 count × (ascii8 region, ascii8 key state)</pre>
 */
public record ReplicaOrderPayload(KeyProperties properties, String description, String policy, List<Tag> tags,
                                  SortedMap<String, KeyState> otherReplicas) {

    static final int MAX_DESCRIPTION_BYTES = 8192 * 3;
    static final int MAX_POLICY_BYTES = 32768 * 3;
    static final int MAX_TAG_BYTES = 256 * 3;

    public ReplicaOrderPayload {
        tags = List.copyOf(tags);
        otherReplicas = new TreeMap<>(otherReplicas);
    }

    public byte[] encode() {
        CanonicalWriter out = new CanonicalWriter();
        properties.write(out);
        out.utf8(description).bytes32(policy.getBytes(StandardCharsets.UTF_8)).u16(tags.size());
        tags.forEach(tag -> out.utf8(tag.tagKey()).utf8(tag.tagValue()));
        ReplicaStateList.write(out, otherReplicas);
        return out.toBytes();
    }

    public static ReplicaOrderPayload decode(byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        KeyProperties properties = KeyProperties.read(in);
        String description = in.utf8(MAX_DESCRIPTION_BYTES);
        String policy = strictUtf8(in, in.bytes32(MAX_POLICY_BYTES));
        int tagCount = in.u16();
        List<Tag> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(new Tag(in.utf8(MAX_TAG_BYTES), in.utf8(MAX_TAG_BYTES)));
        }
        SortedMap<String, KeyState> replicas = ReplicaStateList.read(in);
        in.end();
        return new ReplicaOrderPayload(properties, description, policy, tags, replicas);
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
