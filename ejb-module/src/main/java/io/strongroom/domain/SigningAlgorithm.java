package io.strongroom.domain;

import io.strongroom.client.KmsException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The signing algorithms of Sign and Verify, with the hash each one signs. Signing always works
 * on the digest, so a RAW message is hashed here and a DIGEST message must have the hash's length.
 */
public enum SigningAlgorithm {
    RSASSA_PSS_SHA_256(Family.RSA_PSS, "SHA-256"),
    RSASSA_PSS_SHA_384(Family.RSA_PSS, "SHA-384"),
    RSASSA_PSS_SHA_512(Family.RSA_PSS, "SHA-512"),
    RSASSA_PKCS1_V1_5_SHA_256(Family.RSA_PKCS1, "SHA-256"),
    RSASSA_PKCS1_V1_5_SHA_384(Family.RSA_PKCS1, "SHA-384"),
    RSASSA_PKCS1_V1_5_SHA_512(Family.RSA_PKCS1, "SHA-512"),
    ECDSA_SHA_256(Family.ECDSA, "SHA-256"),
    ECDSA_SHA_384(Family.ECDSA, "SHA-384"),
    ECDSA_SHA_512(Family.ECDSA, "SHA-512");

    /** How the digest is turned into a signature. */
    public enum Family { RSA_PSS, RSA_PKCS1, ECDSA }

    /** Sign and Verify's MessageType: RAW (default), DIGEST; EXTERNAL_MU exists for ML-DSA keys only. */
    public enum MessageType { RAW, DIGEST, EXTERNAL_MU }

    private static final String ALGORITHM_NAMES = Arrays.stream(values()).map(Enum::name)
            .collect(Collectors.joining(", ", "[", ", ML_DSA_SHAKE_256, SM2DSA]"));

    private final Family family;
    private final String hash;

    SigningAlgorithm(Family family, String hash) {
        this.family = family;
        this.hash = hash;
    }

    /** Parses a required SigningAlgorithm; an unknown name → ValidationException naming the field. */
    public static SigningAlgorithm parse(String field, String value) {
        if (value == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
        return Arrays.stream(values()).filter(a -> a.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field, "Member must satisfy enum value set: " + ALGORITHM_NAMES));
    }

    /** Parses MessageType; null means RAW. */
    public static MessageType parseMessageType(String field, String value) {
        if (value == null) {
            return MessageType.RAW;
        }
        return Arrays.stream(MessageType.values()).filter(t -> t.name().equals(value)).findFirst()
                .orElseThrow(() -> KmsException.validation(field,
                        "Member must satisfy enum value set: " + Arrays.toString(MessageType.values())));
    }

    public Family family() {
        return family;
    }

    /** The JCA name of the hash, e.g. SHA-256. */
    public String hash() {
        return hash;
    }

    public int digestLength() {
        return Integer.parseInt(hash.substring("SHA-".length())) / 8;
    }

    /** The digest to sign: the hash of a RAW message, or a DIGEST message checked for length. */
    public byte[] digestOf(MessageType type, byte[] message) {
        switch (type) {
            case DIGEST:
                if (message.length != digestLength()) {
                    throw KmsException.validation("message", "Digest is invalid length for algorithm " + name()
                            + ": expected " + digestLength() + " bytes, got " + message.length);
                }
                return message.clone();
            case RAW:
                try {
                    return MessageDigest.getInstance(hash).digest(message);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(hash + " is part of every Java runtime", e);
                }
            default:
                throw KmsException.validation("messageType", "EXTERNAL_MU is valid only with ML_DSA keys");
        }
    }
}
