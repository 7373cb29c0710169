package io.strongroom.client;

import java.io.Serializable;

/** Encrypt output; keyId is the key ARN. */
public final class EncryptResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] ciphertextBlob;
    private final String keyId;
    private final String encryptionAlgorithm;

    public EncryptResult(byte[] ciphertextBlob, String keyId, String encryptionAlgorithm) {
        this.ciphertextBlob = ciphertextBlob;
        this.keyId = keyId;
        this.encryptionAlgorithm = encryptionAlgorithm;
    }

    public byte[] ciphertextBlob() {
        return ciphertextBlob;
    }

    public String keyId() {
        return keyId;
    }

    public String encryptionAlgorithm() {
        return encryptionAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EncryptResult that)) {
            return false;
        }
        return java.util.Arrays.equals(ciphertextBlob, that.ciphertextBlob) && java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(encryptionAlgorithm, that.encryptionAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {ciphertextBlob, keyId, encryptionAlgorithm});
    }

    @Override
    public String toString() {
        return "EncryptResult[" + "ciphertextBlob=" + (ciphertextBlob == null ? "null" : ciphertextBlob.length + " bytes") + ", " + "keyId=" + keyId + ", " + "encryptionAlgorithm=" + encryptionAlgorithm + "]";
    }
}
