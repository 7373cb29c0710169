package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;

/**
 * A symmetric ciphertext blob of either format: {@link CiphertextBlob} (format 1, Strongroom's own
 * material only) or {@link ExternalCiphertextBlob} (format 2, a format-1 blob encrypted again by an
 * external key store). Both name their key and material version, so Decrypt needs no KeyId.
 */
public sealed interface SymmetricCiphertext permits CiphertextBlob, ExternalCiphertextBlob {

    String keyId();

    int materialVersion();

    /** Parses a blob by its first byte; anything else is InvalidCiphertextException. */
    static SymmetricCiphertext parse(byte[] blob) {
        if (blob == null || blob.length == 0) {
            throw invalid();
        }
        return switch (blob[0]) {
            case CiphertextBlob.FORMAT_VERSION -> CiphertextBlob.parse(blob);
            case ExternalCiphertextBlob.FORMAT_VERSION -> ExternalCiphertextBlob.parse(blob);
            default -> throw invalid();
        };
    }

    static KmsException invalid() {
        return new KmsException(KmsError.InvalidCiphertextException,
                "The ciphertext is invalid or was not made by this service");
    }
}
