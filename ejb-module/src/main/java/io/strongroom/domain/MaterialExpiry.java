package io.strongroom.domain;

import io.strongroom.client.KmsException;
import java.time.Duration;
import java.time.Instant;

/**
 * ImportKeyMaterial's ExpirationModel and ValidTo (KMS-SPEC §2.4), read with Strongroom's rule for
 * the omitted cases: both omitted → the material does not expire; ValidTo alone → it expires;
 * KEY_MATERIAL_EXPIRES without ValidTo, or DOES_NOT_EXPIRE with one → ValidationException.
 * ValidTo lies in the future and at most 365 days ahead.
 */
public record MaterialExpiry(String expirationModel, Instant validTo) {

    public static final String EXPIRES = "KEY_MATERIAL_EXPIRES";
    public static final String DOES_NOT_EXPIRE = "KEY_MATERIAL_DOES_NOT_EXPIRE";
    static final Duration MAX_VALIDITY = Duration.ofDays(365);

    public static MaterialExpiry parse(String expirationModel, Instant validTo, Instant now) {
        String model = expirationModel != null ? expirationModel : validTo != null ? EXPIRES : DOES_NOT_EXPIRE;
        if (!EXPIRES.equals(model) && !DOES_NOT_EXPIRE.equals(model)) {
            throw KmsException.validation("expirationModel",
                    "Member must satisfy enum value set: [" + EXPIRES + ", " + DOES_NOT_EXPIRE + "]");
        }
        if (EXPIRES.equals(model) && validTo == null) {
            throw KmsException.validation("validTo", "ValidTo is required when ExpirationModel is " + EXPIRES);
        }
        if (DOES_NOT_EXPIRE.equals(model) && validTo != null) {
            throw KmsException.validation("validTo", "ValidTo must be omitted when ExpirationModel is " + DOES_NOT_EXPIRE);
        }
        if (validTo != null && !validTo.isAfter(now)) {
            throw KmsException.validation("validTo", "ValidTo must be in the future");
        }
        if (validTo != null && validTo.isAfter(now.plus(MAX_VALIDITY))) {
            throw KmsException.validation("validTo", "ValidTo must be no more than 365 days in the future");
        }
        return new MaterialExpiry(model, validTo);
    }

    public boolean expires() {
        return validTo != null;
    }
}
