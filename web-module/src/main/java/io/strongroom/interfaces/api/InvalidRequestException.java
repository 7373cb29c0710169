package io.strongroom.interfaces.api;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;

/**
 * A request the API layer refused before any service ran (unknown operation, bad JSON, a missing
 * or mistyped member). Its own type lets the resource audit exactly these rejections: services
 * audit the errors they raise themselves.
 */
public class InvalidRequestException extends KmsException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(KmsError error, String message) {
        super(error, message);
    }

    /** AWS-style message for a required member that is absent or JSON null. */
    public static InvalidRequestException missing(String field) {
        return new InvalidRequestException(KmsError.ValidationException, "1 validation error detected: Value null at '"
                + field + "' failed to satisfy constraint: Member must not be null");
    }

    /** AWS-style message for a member of the wrong shape; never echoes the value (it may be secret). */
    public static InvalidRequestException invalid(String field, String constraint) {
        return new InvalidRequestException(KmsError.ValidationException, "1 validation error detected: Value at '"
                + field + "' failed to satisfy constraint: " + constraint);
    }

    /** A member Strongroom recognises but does not implement; refused rather than silently ignored. */
    public static InvalidRequestException unsupported(String member, String reason) {
        return new InvalidRequestException(KmsError.UnsupportedOperationException, member + " is not supported: " + reason);
    }
}
