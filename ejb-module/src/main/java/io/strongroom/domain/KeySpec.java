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

    /** Known to the AWS model but not offered here: Ed25519, ML-DSA and SM2 keys. */
    private static final Set<KeySpec> NOT_OFFERED = Set.of(ECC_NIST_EDWARDS25519, ML_DSA_44, ML_DSA_65, ML_DSA_87, SM2);

    /** The KeyPairSpec values GenerateDataKeyPair accepts (a subset of the key specs). */
    private static final List<KeySpec> DATA_KEY_PAIR_SPECS = List.of(RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256,
            ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, SM2);

    private static final List<String> RSA_SIGNING = List.of("RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384",
            "RSASSA_PSS_SHA_512", "RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512");

    /** Parses a KeySpec; null means SYMMETRIC_DEFAULT. Unknown → ValidationException, known but not offered → UnsupportedOperationException. */
    public static KeySpec parse(String field, String value) {
        if (value == null) {
            return SYMMETRIC_DEFAULT;
        }
        return offered(Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field,
                        "Member must satisfy enum value set: " + Arrays.toString(values()))));
    }

    /** Parses GenerateDataKeyPair's KeyPairSpec (required). */
    public static KeySpec parseKeyPairSpec(String field, String value) {
        if (value == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
        return offered(DATA_KEY_PAIR_SPECS.stream().filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field,
                        "Member must satisfy enum value set: " + DATA_KEY_PAIR_SPECS)));
    }

    private static KeySpec offered(KeySpec spec) {
        if (!spec.isOffered()) {
            throw new KmsException(KmsError.UnsupportedOperationException,
                    "KeySpec " + spec + " is not supported by this Strongroom release");
        }
        return spec;
    }

    /** Whether this release creates keys of this spec; {@link #parse} refuses the others. */
    public boolean isOffered() {
        return !NOT_OFFERED.contains(this);
    }

    /** AWS's default usage; for specs that cannot encrypt the caller must name a usage. */
    public KeyUsage defaultUsage() {
        return KeyUsage.ENCRYPT_DECRYPT;
    }

    /** The usages a key of this spec may have (KMS-SPEC §2.1). */
    public List<KeyUsage> validUsages() {
        if (isRsa()) {
            return List.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY);
        }
        if (isHmac()) {
            return List.of(KeyUsage.GENERATE_VERIFY_MAC);
        }
        return switch (this) {
            case SYMMETRIC_DEFAULT -> List.of(KeyUsage.ENCRYPT_DECRYPT);
            case ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521 -> List.of(KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT);
            default -> List.of(KeyUsage.SIGN_VERIFY);
        };
    }

    public boolean isRsa() {
        return this == RSA_2048 || this == RSA_3072 || this == RSA_4096;
    }

    public boolean isEcc() {
        return this == ECC_NIST_P256 || this == ECC_NIST_P384 || this == ECC_NIST_P521 || this == ECC_SECG_P256K1;
    }

    public boolean isHmac() {
        return this == HMAC_224 || this == HMAC_256 || this == HMAC_384 || this == HMAC_512;
    }

    /** Whether keys of this spec have a public key (GetPublicKey). */
    public boolean isAsymmetric() {
        return this != SYMMETRIC_DEFAULT && !isHmac();
    }

    public List<String> encryptionAlgorithms(KeyUsage usage) {
        if (this == SYMMETRIC_DEFAULT) {
            return List.of("SYMMETRIC_DEFAULT");
        }
        return isRsa() && usage == KeyUsage.ENCRYPT_DECRYPT ? List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256") : List.of();
    }

    public List<String> signingAlgorithms(KeyUsage usage) {
        if (usage != KeyUsage.SIGN_VERIFY) {
            return List.of();
        }
        return switch (this) {
            case RSA_2048, RSA_3072, RSA_4096 -> RSA_SIGNING;
            case ECC_NIST_P256, ECC_SECG_P256K1 -> List.of("ECDSA_SHA_256");
            case ECC_NIST_P384 -> List.of("ECDSA_SHA_384");
            case ECC_NIST_P521 -> List.of("ECDSA_SHA_512");
            default -> List.of();
        };
    }

    public List<String> macAlgorithms() {
        return isHmac() ? List.of("HMAC_SHA_" + name().substring("HMAC_".length())) : List.of();
    }

    public List<String> keyAgreementAlgorithms(KeyUsage usage) {
        return usage == KeyUsage.KEY_AGREEMENT ? List.of("ECDH") : List.of();
    }
}
