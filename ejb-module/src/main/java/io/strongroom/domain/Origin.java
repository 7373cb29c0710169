package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.Arrays;

/** Where a key's material comes from. */
public enum Origin {
    AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE;

    /**
     * Parses an Origin; null means AWS_KMS. AWS_KMS, EXTERNAL (imported material) and
     * EXTERNAL_KEY_STORE (an external key behind an XKS proxy) are offered; AWS_CLOUDHSM is not.
     */
    public static Origin parse(String field, String value) {
        if (value == null) {
            return AWS_KMS;
        }
        Origin origin = Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field,
                        "Member must satisfy enum value set: " + Arrays.toString(values())));
        if (origin == AWS_CLOUDHSM) {
            throw new KmsException(KmsError.UnsupportedOperationException,
                    "Origin " + origin + " is not supported by this Strongroom release");
        }
        return origin;
    }
}
