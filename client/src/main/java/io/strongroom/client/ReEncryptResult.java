package io.strongroom.client;

import java.io.Serializable;

/** ReEncrypt output; sourceKeyId and keyId are key ARNs. */
public final class ReEncryptResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] ciphertextBlob;
    private final String sourceKeyId;
    private final String keyId;
    private final String sourceEncryptionAlgorithm;
    private final String destinationEncryptionAlgorithm;

    public ReEncryptResult(byte[] ciphertextBlob, String sourceKeyId, String keyId, String sourceEncryptionAlgorithm, String destinationEncryptionAlgorithm) {
        this.ciphertextBlob = ciphertextBlob;
        this.sourceKeyId = sourceKeyId;
        this.keyId = keyId;
        this.sourceEncryptionAlgorithm = sourceEncryptionAlgorithm;
        this.destinationEncryptionAlgorithm = destinationEncryptionAlgorithm;
    }

    public byte[] ciphertextBlob() {
        return ciphertextBlob;
    }

    public String sourceKeyId() {
        return sourceKeyId;
    }

    public String keyId() {
        return keyId;
    }

    public String sourceEncryptionAlgorithm() {
        return sourceEncryptionAlgorithm;
    }

    public String destinationEncryptionAlgorithm() {
        return destinationEncryptionAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReEncryptResult that)) {
            return false;
        }
        return java.util.Arrays.equals(ciphertextBlob, that.ciphertextBlob) && java.util.Objects.equals(sourceKeyId, that.sourceKeyId) && java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(sourceEncryptionAlgorithm, that.sourceEncryptionAlgorithm) && java.util.Objects.equals(destinationEncryptionAlgorithm, that.destinationEncryptionAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {ciphertextBlob, sourceKeyId, keyId, sourceEncryptionAlgorithm, destinationEncryptionAlgorithm});
    }

    @Override
    public String toString() {
        return "ReEncryptResult[" + "ciphertextBlob=" + (ciphertextBlob == null ? "null" : ciphertextBlob.length + " bytes") + ", " + "sourceKeyId=" + sourceKeyId + ", " + "keyId=" + keyId + ", " + "sourceEncryptionAlgorithm=" + sourceEncryptionAlgorithm + ", " + "destinationEncryptionAlgorithm=" + destinationEncryptionAlgorithm + "]";
    }
}
