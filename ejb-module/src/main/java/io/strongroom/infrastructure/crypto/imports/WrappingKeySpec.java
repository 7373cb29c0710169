package io.strongroom.infrastructure.crypto.imports;

import io.strongroom.client.KmsException;
import java.util.Arrays;

/**
 * The WrappingKeySpec values of GetParametersForImport: the size of the RSA wrapping key pair. SM2
 * is known to the AWS model but offered in China Regions only, so it is refused with that reason.
 */
public enum WrappingKeySpec {
    RSA_2048(2048), RSA_3072(3072), RSA_4096(4096), SM2(0);

    private final int bits;

    WrappingKeySpec(int bits) {
        this.bits = bits;
    }

    /** Parses the wire name; unknown values and SM2 → ValidationException naming the field. */
    public static WrappingKeySpec parse(String field, String value) {
        if (value == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
        WrappingKeySpec spec = Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field,
                        "Member must satisfy enum value set: " + Arrays.toString(values())));
        if (!spec.isOffered()) {
            throw KmsException.validation(field, "SM2 wrapping keys are offered in China Regions only; use RSA_2048, "
                    + "RSA_3072 or RSA_4096");
        }
        return spec;
    }

    public boolean isOffered() {
        return bits > 0;
    }

    /** The RSA modulus size in bits. */
    public int bits() {
        if (!isOffered()) {
            throw new IllegalStateException(name() + " is not an RSA wrapping key spec");
        }
        return bits;
    }

    /** The length of an RSA ciphertext under this key: the leading part of EncryptedKeyMaterial. */
    public int modulusBytes() {
        return bits() / 8;
    }
}
