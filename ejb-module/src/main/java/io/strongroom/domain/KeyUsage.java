package io.strongroom.domain;

import io.strongroom.client.KmsException;
import java.util.Arrays;

/** What a key may be used for. */
public enum KeyUsage {
    ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT;

    /** Parses a KeyUsage for the given spec; null takes the spec's default. */
    public static KeyUsage parse(String field, String value, KeySpec spec) {
        // An absent usage takes the default, which must still suit the spec (an ECC or HMAC key needs an explicit usage).
        KeyUsage usage = value == null ? spec.defaultUsage() : Arrays.stream(values())
                .filter(u -> u.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field,
                        "Member must satisfy enum value set: " + Arrays.toString(values())));
        if (!spec.validUsages().contains(usage)) {
            throw KmsException.validation(field, "KeyUsage " + usage + " is not valid for KeySpec " + spec);
        }
        return usage;
    }
}
