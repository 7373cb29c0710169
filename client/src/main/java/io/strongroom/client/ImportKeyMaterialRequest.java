package io.strongroom.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * ImportKeyMaterial input: the token and the material wrapped under the public key that came
 * with it, and the optional expiry (KMS-SPEC §2.4).
 */
public final class ImportKeyMaterialRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] importToken;
    private final byte[] encryptedKeyMaterial;
    private final Instant validTo;
    private final String expirationModel;

    public ImportKeyMaterialRequest(String keyId, byte[] importToken, byte[] encryptedKeyMaterial, Instant validTo,
                                    String expirationModel) {
        this.keyId = keyId;
        this.importToken = importToken;
        this.encryptedKeyMaterial = encryptedKeyMaterial;
        this.validTo = validTo;
        this.expirationModel = expirationModel;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] importToken() {
        return importToken;
    }

    public byte[] encryptedKeyMaterial() {
        return encryptedKeyMaterial;
    }

    public Instant validTo() {
        return validTo;
    }

    public String expirationModel() {
        return expirationModel;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportKeyMaterialRequest that && Objects.equals(keyId, that.keyId)
                && Arrays.equals(importToken, that.importToken) && Arrays.equals(encryptedKeyMaterial, that.encryptedKeyMaterial)
                && Objects.equals(validTo, that.validTo) && Objects.equals(expirationModel, that.expirationModel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, Arrays.hashCode(importToken), Arrays.hashCode(encryptedKeyMaterial), validTo, expirationModel);
    }

    /** Names sizes only: the wrapped material is not for logs even though it is encrypted. */
    @Override
    public String toString() {
        return "ImportKeyMaterialRequest[keyId=" + keyId + ", importToken=" + length(importToken)
                + ", encryptedKeyMaterial=" + length(encryptedKeyMaterial) + ", validTo=" + validTo
                + ", expirationModel=" + expirationModel + "]";
    }

    private static String length(byte[] bytes) {
        return bytes == null ? "null" : bytes.length + " bytes";
    }
}
