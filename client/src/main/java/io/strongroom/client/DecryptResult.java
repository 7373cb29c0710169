package io.strongroom.client;

import java.io.Serializable;

/** Decrypt output; keyId is the key ARN. */
public final class DecryptResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] plaintext;
    private final String encryptionAlgorithm;

    public DecryptResult(String keyId, byte[] plaintext, String encryptionAlgorithm) {
        this.keyId = keyId;
        this.plaintext = plaintext;
        this.encryptionAlgorithm = encryptionAlgorithm;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] plaintext() {
        return plaintext;
    }

    public String encryptionAlgorithm() {
        return encryptionAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DecryptResult that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(plaintext, that.plaintext) && java.util.Objects.equals(encryptionAlgorithm, that.encryptionAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, plaintext, encryptionAlgorithm});
    }

    @Override
    public String toString() {
        return "DecryptResult[" + "keyId=" + keyId + ", " + "plaintext=" + (plaintext == null ? "null" : plaintext.length + " bytes") + ", " + "encryptionAlgorithm=" + encryptionAlgorithm + "]";
    }
}
