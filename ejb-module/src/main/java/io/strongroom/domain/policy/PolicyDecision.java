package io.strongroom.domain.policy;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;

/**
 * The outcome of evaluating a request against a key policy and the caller's identity policies,
 * with the reason AWS gives when it refuses.
 */
public record PolicyDecision(boolean allowed, String reason) {

    static final PolicyDecision ALLOW = new PolicyDecision(true, null);

    static PolicyDecision deny(String reason) {
        return new PolicyDecision(false, reason);
    }

    /** Throws AccessDeniedException worded as AWS words it, unless allowed. */
    public void enforce(AccessRequest request) {
        if (!allowed) {
            throw new KmsException(KmsError.AccessDeniedException, "User: " + request.principalArn()
                    + " is not authorized to perform: " + request.action() + " on resource: " + request.resource()
                    + " " + reason);
        }
    }
}
