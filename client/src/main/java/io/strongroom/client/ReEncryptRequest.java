package io.strongroom.client;

import java.io.Serializable;

/** ReEncrypt input; contexts may be empty, never null. */
public final class ReEncryptRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] ciphertextBlob;
    private final java.util.Map<String, String> sourceEncryptionContext;
    private final String sourceKeyId;
    private final String destinationKeyId;
    private final java.util.Map<String, String> destinationEncryptionContext;
    private final String sourceEncryptionAlgorithm;
    private final String destinationEncryptionAlgorithm;

    public ReEncryptRequest(byte[] ciphertextBlob, java.util.Map<String, String> sourceEncryptionContext, String sourceKeyId, String destinationKeyId, java.util.Map<String, String> destinationEncryptionContext, String sourceEncryptionAlgorithm, String destinationEncryptionAlgorithm) {
        this.ciphertextBlob = ciphertextBlob;
        this.sourceEncryptionContext = sourceEncryptionContext;
        this.sourceKeyId = sourceKeyId;
        this.destinationKeyId = destinationKeyId;
        this.destinationEncryptionContext = destinationEncryptionContext;
        this.sourceEncryptionAlgorithm = sourceEncryptionAlgorithm;
        this.destinationEncryptionAlgorithm = destinationEncryptionAlgorithm;
    }

    public byte[] ciphertextBlob() {
        return ciphertextBlob;
    }

    public java.util.Map<String, String> sourceEncryptionContext() {
        return sourceEncryptionContext;
    }

    public String sourceKeyId() {
        return sourceKeyId;
    }

    public String destinationKeyId() {
        return destinationKeyId;
    }

    public java.util.Map<String, String> destinationEncryptionContext() {
        return destinationEncryptionContext;
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
        if (!(other instanceof ReEncryptRequest that)) {
            return false;
        }
        return java.util.Arrays.equals(ciphertextBlob, that.ciphertextBlob) && java.util.Objects.equals(sourceEncryptionContext, that.sourceEncryptionContext) && java.util.Objects.equals(sourceKeyId, that.sourceKeyId) && java.util.Objects.equals(destinationKeyId, that.destinationKeyId) && java.util.Objects.equals(destinationEncryptionContext, that.destinationEncryptionContext) && java.util.Objects.equals(sourceEncryptionAlgorithm, that.sourceEncryptionAlgorithm) && java.util.Objects.equals(destinationEncryptionAlgorithm, that.destinationEncryptionAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {ciphertextBlob, sourceEncryptionContext, sourceKeyId, destinationKeyId, destinationEncryptionContext, sourceEncryptionAlgorithm, destinationEncryptionAlgorithm});
    }

    @Override
    public String toString() {
        return "ReEncryptRequest[" + "ciphertextBlob=" + (ciphertextBlob == null ? "null" : ciphertextBlob.length + " bytes") + ", " + "sourceEncryptionContext=" + sourceEncryptionContext + ", " + "sourceKeyId=" + sourceKeyId + ", " + "destinationKeyId=" + destinationKeyId + ", " + "destinationEncryptionContext=" + destinationEncryptionContext + ", " + "sourceEncryptionAlgorithm=" + sourceEncryptionAlgorithm + ", " + "destinationEncryptionAlgorithm=" + destinationEncryptionAlgorithm + "]";
    }
}
