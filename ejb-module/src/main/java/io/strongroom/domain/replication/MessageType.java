package io.strongroom.domain.replication;

import java.util.Arrays;

/**
 * The messages of a replication session. A session is one request from the region that wants
 * something (sequence 1) and one answer from the region that has it (sequence 2): material or a
 * fingerprint of it, or a refusal. A REPLICA_ORDER, a TOPOLOGY_NOTICE and the PRIMARY_UPDATE_*
 * messages stand alone: they open no session. The wire code
 * never changes meaning.
 */
public enum MessageType {
    /** Destination → source: "send me this key's material", with the requester's agreement key. */
    REPLICATION_REQUEST(1, 1),
    /** Source → destination: the key's shared properties and its material wrapped under the session key. */
    MATERIAL_RESPONSE(2, 2),
    /** Destination → source: "prove which material you hold", for imported material that never travels. */
    FINGERPRINT_REQUEST(3, 1),
    /** Source → destination: a keyed fingerprint of the material, meaningful only inside this session. */
    FINGERPRINT_RESPONSE(4, 2),
    /** Source → destination: the request was authenticated but cannot be served, with the reason. */
    REFUSAL(5, 2),
    /**
     * Primary → replica region: "create this replica", with the shared properties and the
     * replica's own description, policy and tags. Answered by the transport's status alone; the
     * replica region then asks for the material with a REPLICATION_REQUEST of its own.
     */
    REPLICA_ORDER(6, 1),
    /**
     * Between related keys' Regions: a {@link TopologyNotice} (a replica's new state or its
     * deletion, a new replica, a new primary, rotated material, the rotation setting). Stands
     * alone like REPLICA_ORDER and is answered by the transport's status alone.
     */
    TOPOLOGY_NOTICE(7, 1),
    /**
     * Primary → the replica that is to become the primary: "UpdatePrimaryRegion towards you began",
     * sent inside the caller's transaction. Answered by the transport's status alone.
     */
    PRIMARY_UPDATE_BEGIN(8, 1),
    /**
     * Primary → the new primary's Region: "take the primary role", with the primary's other
     * replicas. Repeated until the transport confirms it; the sender becomes a replica then.
     */
    PRIMARY_UPDATE_COMMIT(9, 1),
    /** Primary → the replica's Region: "the update is called off, be Enabled again"; repeated until confirmed. */
    PRIMARY_UPDATE_BACK_OUT(10, 1);

    private final int code;
    private final int sequence;

    MessageType(int code, int sequence) {
        this.code = code;
        this.sequence = sequence;
    }

    public int code() {
        return code;
    }

    /** The one sequence number a message of this type carries in its session. */
    public int sequence() {
        return sequence;
    }

    public boolean isRequest() {
        return sequence == 1;
    }

    /** The type that answers this request type when it succeeds. */
    public MessageType answer() {
        return switch (this) {
            case REPLICATION_REQUEST -> MATERIAL_RESPONSE;
            case FINGERPRINT_REQUEST -> FINGERPRINT_RESPONSE;
            default -> throw new IllegalStateException(this + " is not a request");
        };
    }

    public static MessageType ofCode(int code) {
        return Arrays.stream(values()).filter(type -> type.code == code).findFirst()
                .orElseThrow(() -> new ReplicationRefusedException(ReplicationError.MALFORMED_MESSAGE,
                        "unknown message type " + code));
    }
}
