package io.strongroom.client;

import java.io.Serializable;
import java.util.Map;

/** Decrypt input; keyId is optional for symmetric ciphertext, encryptionContext never null. */
public final class DecryptRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] ciphertextBlob;
    private final Map<String, String> encryptionContext;
    private final String keyId;
    private final String encryptionAlgorithm;

    public DecryptRequest(byte[] ciphertextBlob, Map<String, String> encryptionContext, String keyId, String encryptionAlgorithm) {
        this.ciphertextBlob = ciphertextBlob;
        this.encryptionContext = encryptionContext;
        this.keyId = keyId;
        this.encryptionAlgorithm = encryptionAlgorithm;
    }

    public byte[] ciphertextBlob() {
        return ciphertextBlob;
    }

    public Map<String, String> encryptionContext() {
        return encryptionContext;
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
        if (!(other instanceof DecryptRequest that)) {
            return false;
        }
        return java.util.Arrays.equals(ciphertextBlob, that.ciphertextBlob) && java.util.Objects.equals(encryptionContext, that.encryptionContext) && java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(encryptionAlgorithm, that.encryptionAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {ciphertextBlob, encryptionContext, keyId, encryptionAlgorithm});
    }

    @Override
    public String toString() {
        return "DecryptRequest[" + "ciphertextBlob=" + (ciphertextBlob == null ? "null" : ciphertextBlob.length + " bytes") + ", " + "encryptionContext=" + encryptionContext + ", " + "keyId=" + keyId + ", " + "encryptionAlgorithm=" + encryptionAlgorithm + "]";
    }
}
