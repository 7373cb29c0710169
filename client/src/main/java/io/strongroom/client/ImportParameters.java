package io.strongroom.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * GetParametersForImport result: the key ARN, the wrapping public key (DER SubjectPublicKeyInfo)
 * and the import token that belongs to it, both valid until parametersValidTo.
 */
public final class ImportParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] importToken;
    private final byte[] publicKey;
    private final Instant parametersValidTo;

    public ImportParameters(String keyId, byte[] importToken, byte[] publicKey, Instant parametersValidTo) {
        this.keyId = keyId;
        this.importToken = importToken;
        this.publicKey = publicKey;
        this.parametersValidTo = parametersValidTo;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] importToken() {
        return importToken;
    }

    public byte[] publicKey() {
        return publicKey;
    }

    public Instant parametersValidTo() {
        return parametersValidTo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportParameters that && Objects.equals(keyId, that.keyId)
                && Arrays.equals(importToken, that.importToken) && Arrays.equals(publicKey, that.publicKey)
                && Objects.equals(parametersValidTo, that.parametersValidTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, Arrays.hashCode(importToken), Arrays.hashCode(publicKey), parametersValidTo);
    }

    @Override
    public String toString() {
        return "ImportParameters[keyId=" + keyId + ", parametersValidTo=" + parametersValidTo + "]";
    }
}
