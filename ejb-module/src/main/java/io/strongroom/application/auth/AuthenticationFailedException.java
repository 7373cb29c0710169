package io.strongroom.application.auth;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.Optional;

/**
 * A rejected signature whose access key was known. It keeps the principal of that key so that the
 * audit event of the rejected call names who the request claimed to be, not just "anonymous".
 */
public class AuthenticationFailedException extends KmsException {
    private static final long serialVersionUID = 1L;

    private final String claimedPrincipalArn;

    public AuthenticationFailedException(KmsError error, String message, String claimedPrincipalArn) {
        super(error, message);
        this.claimedPrincipalArn = claimedPrincipalArn;
    }

    /** The principal owning the access key the request was signed with. */
    public Optional<String> claimedPrincipalArn() {
        return Optional.ofNullable(claimedPrincipalArn);
    }
}
