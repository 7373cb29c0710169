package io.strongroom.infrastructure.replication;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;

/**
 * A peer region could not be reached through the relay: a condition to retry later, not a refusal.
 * Callers of the API see KMSInternalException; the message names the region, never a message's bytes.
 */
public class PeerUnreachableException extends KmsException {

    private static final long serialVersionUID = 1L;

    public PeerUnreachableException(String message) {
        super(KmsError.KMSInternalException, message);
    }
}
