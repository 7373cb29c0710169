package io.strongroom.domain.policy;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;

/** The MalformedPolicyDocumentException every parser failure becomes, naming the problem. */
final class PolicyException {

    private PolicyException() {
    }

    static KmsException malformed(String problem) {
        return new KmsException(KmsError.MalformedPolicyDocumentException, problem);
    }
}
