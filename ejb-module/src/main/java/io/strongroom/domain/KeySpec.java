package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Every KeySpec of the AWS model, and which of them this release can create. */
public enum KeySpec {
    SYMMETRIC_DEFAULT, RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521,
    ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, HMAC_224, HMAC_256, HMAC_384, HMAC_512, ML_DSA_44, ML_DSA_65,
    ML_DSA_87, SM2;

    private static final Set<KeySpec> SUPPORTED = Set.of(SYMMETRIC_DEFAULT);

    /** Parses a KeySpec; null means SYMMETRIC_DEFAULT. Unknown → ValidationException, known but not offered → UnsupportedOperationException. */
    public static KeySpec parse(String field, String value) {
        if (value == null) {
            return SYMMETRIC_DEFAULT;
        }
        KeySpec spec = Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field,
                        "Member must satisfy enum value set: " + Arrays.toString(values())));
        if (!SUPPORTED.contains(spec)) {
            throw new KmsException(KmsError.UnsupportedOperationException,
                    "KeySpec " + spec + " is not supported by this Strongroom release");
        }
        return spec;
    }

    public KeyUsage defaultUsage() {
        return KeyUsage.ENCRYPT_DECRYPT;
    }

    public List<KeyUsage> validUsages() {
        return List.of(KeyUsage.ENCRYPT_DECRYPT);
    }

    public List<String> encryptionAlgorithms() {
        return this == SYMMETRIC_DEFAULT ? List.of("SYMMETRIC_DEFAULT") : List.of();
    }
}
