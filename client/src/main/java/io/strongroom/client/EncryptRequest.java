package io.strongroom.client;

import java.io.Serializable;
import java.util.Map;

/** Encrypt input; encryptionContext may be empty, never null. */
public final class EncryptRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] plaintext;
    private final Map<String, String> encryptionContext;
    private final String encryptionAlgorithm;

    public EncryptRequest(String keyId, byte[] plaintext, Map<String, String> encryptionContext, String encryptionAlgorithm) {
        this.keyId = keyId;
        this.plaintext = plaintext;
        this.encryptionContext = encryptionContext;
        this.encryptionAlgorithm = encryptionAlgorithm;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] plaintext() {
        return plaintext;
    }

    public Map<String, String> encryptionContext() {
        return encryptionContext;
    }

    public String encryptionAlgorithm() {
        return encryptionAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EncryptRequest that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(plaintext, that.plaintext) && java.util.Objects.equals(encryptionContext, that.encryptionContext) && java.util.Objects.equals(encryptionAlgorithm, that.encryptionAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, plaintext, encryptionContext, encryptionAlgorithm});
    }

    @Override
    public String toString() {
        return "EncryptRequest[" + "keyId=" + keyId + ", " + "plaintext=" + (plaintext == null ? "null" : plaintext.length + " bytes") + ", " + "encryptionContext=" + encryptionContext + ", " + "encryptionAlgorithm=" + encryptionAlgorithm + "]";
    }
}
