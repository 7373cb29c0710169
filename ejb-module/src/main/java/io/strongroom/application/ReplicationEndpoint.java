package io.strongroom.application;

import io.strongroom.application.access.AccessScope;
import io.strongroom.application.replication.ReplicationResponder;
import io.strongroom.application.replication.RepositoryReplicableKeys;
import io.strongroom.application.replication.SigningKeyCustody;
import io.strongroom.application.replication.SigningKeyCustody.PublishedKey;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationRefusedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Everything a peer region can send this region, in one transaction per message: a request for a
 * key's material or fingerprint (answered by the responder with a signed message), a primary's
 * order to create a replica, a related key's topology notice, or the steps of a primary handing
 * its role to a replica. Every path verifies the message's signature and addressing before
 * anything in it is used; a refusal is thrown for the transport to turn into a bare status.
 */
@Stateless
public class ReplicationEndpoint {

    private static final byte[] NO_ANSWER = new byte[0];

    @Inject
    private ReplicationResponder responder;
    @Inject
    private RepositoryReplicableKeys replicableKeys;
    @Inject
    private ReplicaCreationService replicas;
    @Inject
    private SigningKeyCustody signingKeys;
    @Inject
    private TopologyNotices topologyNotices;
    @Inject
    private PrimaryUpdateService primaryUpdates;

    /**
     * This region's signing keys as peers register them: public halves only. Anyone may read them;
     * trust comes from an administrator comparing the fingerprint over a channel they trust.
     */
    public List<PublishedKey> publishedSigningKeys() {
        return signingKeys.published();
    }

    /** @return the signed answer to send back, or no bytes when the message needs none */
    public byte[] receive(byte[] encoded) {
        // Decoding only chooses the path; each path verifies the message from its bytes again.
        MessageType type = ReplicationMessage.decode(encoded).header().type();
        // A peer is no caller with policies: it may reach only what the protocol's checks let it.
        try (AccessScope.Handle system = AccessScope.open(new AccessScope.Frame(null, "Replication", Map.of()))) {
            return dispatch(type, encoded);
        }
    }

    private byte[] dispatch(MessageType type, byte[] encoded) {
        return switch (type) {
            case REPLICATION_REQUEST, FINGERPRINT_REQUEST -> responder.answer(encoded, replicableKeys).encode();
            case REPLICA_ORDER -> {
                replicas.acceptOrder(encoded);
                yield NO_ANSWER;
            }
            case TOPOLOGY_NOTICE -> {
                topologyNotices.receive(encoded);
                yield NO_ANSWER;
            }
            case PRIMARY_UPDATE_BEGIN -> {
                primaryUpdates.acceptBegin(encoded);
                yield NO_ANSWER;
            }
            case PRIMARY_UPDATE_COMMIT -> {
                primaryUpdates.acceptCommit(encoded);
                yield NO_ANSWER;
            }
            case PRIMARY_UPDATE_BACK_OUT -> {
                primaryUpdates.acceptBackOut(encoded);
                yield NO_ANSWER;
            }
            default -> throw new ReplicationRefusedException(ReplicationError.UNEXPECTED_MESSAGE, type.name());
        };
    }
}
