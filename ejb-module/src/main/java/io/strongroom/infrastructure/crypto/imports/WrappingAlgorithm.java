package io.strongroom.infrastructure.crypto.imports;

import io.strongroom.client.KmsException;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * The WrappingAlgorithm values of GetParametersForImport (KMS-SPEC §4.1). The enum knows every wire
 * name so that the deprecated and China-only ones are refused with their reason rather than as
 * unknown words. The OAEP parameters are always explicit: the JDK's default MGF1 hash is SHA-1 even
 * for "OAEPWithSHA-256AndMGF1Padding", whereas AWS and OpenSSL use MGF1 with the OAEP hash.
 */
public enum WrappingAlgorithm {
    RSAES_PKCS1_V1_5(null, false,
            "RSAES_PKCS1_V1_5 is deprecated and no longer accepted; use RSAES_OAEP_SHA_256 or RSA_AES_KEY_WRAP_SHA_256"),
    RSAES_OAEP_SHA_1(MGF1ParameterSpec.SHA1, false, null),
    RSAES_OAEP_SHA_256(MGF1ParameterSpec.SHA256, false, null),
    RSA_AES_KEY_WRAP_SHA_1(MGF1ParameterSpec.SHA1, true, null),
    RSA_AES_KEY_WRAP_SHA_256(MGF1ParameterSpec.SHA256, true, null),
    SM2PKE(null, false, "SM2PKE is offered in China Regions only; use RSAES_OAEP_SHA_256 or RSA_AES_KEY_WRAP_SHA_256");

    private final MGF1ParameterSpec hash;
    private final boolean keyWrap;
    private final String refusal;

    WrappingAlgorithm(MGF1ParameterSpec hash, boolean keyWrap, String refusal) {
        this.hash = hash;
        this.keyWrap = keyWrap;
        this.refusal = refusal;
    }

    /**
     * Parses the wire name. Unknown values and the recognised but refused ones (RSAES_PKCS1_V1_5,
     * SM2PKE) → ValidationException naming the field.
     */
    public static WrappingAlgorithm parse(String field, String value) {
        if (value == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
        WrappingAlgorithm algorithm = Arrays.stream(values()).filter(a -> a.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field,
                        "Member must satisfy enum value set: " + Arrays.toString(values())));
        if (algorithm.refusal != null) {
            throw KmsException.validation(field, algorithm.refusal);
        }
        return algorithm;
    }

    /** Whether Strongroom accepts material wrapped this way. */
    public boolean isOffered() {
        return refusal == null;
    }

    /** RSA_AES_KEY_WRAP_*: RSA-OAEP of an ephemeral AES key followed by the RFC 5649 wrap of the material. */
    public boolean isKeyWrap() {
        return keyWrap;
    }

    /** OAEP with the algorithm's hash, MGF1 on the same hash and an empty label. */
    public OAEPParameterSpec oaepParameters() {
        if (hash == null) {
            throw new IllegalStateException(name() + " is not an OAEP algorithm");
        }
        return new OAEPParameterSpec(hash.getDigestAlgorithm(), "MGF1", hash, PSource.PSpecified.DEFAULT);
    }
}
