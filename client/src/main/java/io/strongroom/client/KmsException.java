package io.strongroom.client;

import jakarta.ejb.ApplicationException;

/**
 * The one business exception of Strongroom. It carries the AWS KMS error code, so every interface
 * (JSON API, console, remote EJB) reports the same code. Messages name the field and the problem
 * and never contain key material or secrets.
 */
@ApplicationException(rollback = true)
public class KmsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final KmsError error;

    public KmsException(KmsError error, String message) {
        super(message);
        this.error = error;
    }

    public KmsError error() {
        return error;
    }

    public static KmsException validation(String field, String problem) {
        return new KmsException(KmsError.ValidationException,
                "1 validation error detected: Value at '" + field + "' failed to satisfy constraint: " + problem);
    }

    public static KmsException notFound(String keyReference) {
        return new KmsException(KmsError.NotFoundException, "Key '" + keyReference + "' does not exist");
    }
}
