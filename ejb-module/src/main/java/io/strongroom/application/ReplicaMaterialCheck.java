package io.strongroom.application;

import io.strongroom.application.replication.ReplicationRequester;
import io.strongroom.domain.Key;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.infrastructure.replication.PeerUnreachableException;
import io.strongroom.infrastructure.replication.RelayTransport;
import io.strongroom.infrastructure.replication.RelayTransport.Delivery;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Before imported material is accepted into a multi-Region replica, proves it is the primary's:
 * a fingerprint session with the primary's Region compares keyed fingerprints that only this
 * session can compute, so no material (nor a plain hash of it) crosses. Different material is
 * IncorrectKeyMaterialException; an unreachable primary refuses the import (KMSInternalException)
 * rather than accept material nobody checked.
 */
@Dependent
public class ReplicaMaterialCheck {

    private final ReplicationRequester requester;
    private final RelayTransport transport;

    @Inject
    public ReplicaMaterialCheck(ReplicationRequester requester, RelayTransport transport) {
        this.requester = requester;
        this.transport = transport;
    }

    /** Returns if {@code key} is no replica or the candidate is its primary's material; throws otherwise. */
    public void ensureSameAsPrimary(Key key, int materialVersion, byte[] candidateSealedMaterial) {
        if (!key.isMultiRegion() || key.topology().isPrimary()) {
            return;
        }
        String primaryRegion = key.topology().primaryRegion();
        ReplicationMessage request = requester.requestFingerprint(primaryRegion, key.id(), materialVersion);
        Delivery answer = transport.send(primaryRegion, request.encode());
        if (!answer.delivered() || answer.body().length == 0) {
            throw new PeerUnreachableException("the primary's Region " + primaryRegion
                    + " refused the material check or gave no answer (" + answer.status() + ")");
        }
        requester.confirmSameMaterial(answer.body(), candidateSealedMaterial);
    }
}
