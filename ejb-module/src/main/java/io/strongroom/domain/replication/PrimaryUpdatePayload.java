package io.strongroom.domain.replication;

import io.strongroom.domain.KeyState;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Payload of PRIMARY_UPDATE_BEGIN, PRIMARY_UPDATE_COMMIT and PRIMARY_UPDATE_BACK_OUT: the update's
 * id, which ties the three messages of one UpdatePrimaryRegion together, and, in a COMMIT only, the
 * old primary's other replicas with their states so the new primary lists them. The key id and
 * both Regions are the header's.
 *
 * <pre>16-byte update id | u16 count × (ascii8 region, ascii8 key state)    (count is 0 unless COMMIT)</pre>
 */
public record PrimaryUpdatePayload(byte[] updateId, SortedMap<String, KeyState> otherReplicas) {

    public static final int UPDATE_ID_LENGTH = 16;

    public PrimaryUpdatePayload {
        if (updateId.length != UPDATE_ID_LENGTH) {
            throw new IllegalArgumentException("an update id is " + UPDATE_ID_LENGTH + " bytes");
        }
        updateId = updateId.clone();
        otherReplicas = new TreeMap<>(otherReplicas);
    }

    /** BEGIN and BACK_OUT: the update id alone. */
    public static PrimaryUpdatePayload of(byte[] updateId) {
        return new PrimaryUpdatePayload(updateId, new TreeMap<>());
    }

    @Override
    public byte[] updateId() {
        return updateId.clone();
    }

    public String updateHex() {
        return HexFormat.of().formatHex(updateId);
    }

    public byte[] encode() {
        CanonicalWriter out = new CanonicalWriter().fixed(updateId, UPDATE_ID_LENGTH);
        ReplicaStates.write(out, otherReplicas);
        return out.toBytes();
    }

    /** Reads the payload of a message of {@code type}; only a COMMIT may list replicas. */
    public static PrimaryUpdatePayload decode(MessageType type, byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        byte[] updateId = in.fixed(UPDATE_ID_LENGTH);
        SortedMap<String, KeyState> replicas = ReplicaStates.read(in);
        in.end();
        if (type != MessageType.PRIMARY_UPDATE_COMMIT && !replicas.isEmpty()) {
            throw in.refused(type + " lists no replicas");
        }
        return new PrimaryUpdatePayload(updateId, replicas);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrimaryUpdatePayload that && Arrays.equals(updateId, that.updateId)
                && otherReplicas.equals(that.otherReplicas);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(updateId) + otherReplicas.hashCode();
    }

    @Override
    public String toString() {
        return "PrimaryUpdatePayload[" + updateHex() + ", " + otherReplicas + "]";
    }
}
