package io.strongroom.client;

import java.io.Serializable;

/** GenerateDataKey output; plaintext is null for GenerateDataKeyWithoutPlaintext; keyId is the key ARN. */
public final class DataKeyResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] ciphertextBlob;
    private final byte[] plaintext;
    private final String keyId;

    public DataKeyResult(byte[] ciphertextBlob, byte[] plaintext, String keyId) {
        this.ciphertextBlob = ciphertextBlob;
        this.plaintext = plaintext;
        this.keyId = keyId;
    }

    public byte[] ciphertextBlob() {
        return ciphertextBlob;
    }

    public byte[] plaintext() {
        return plaintext;
    }

    public String keyId() {
        return keyId;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DataKeyResult that)) {
            return false;
        }
        return java.util.Arrays.equals(ciphertextBlob, that.ciphertextBlob) && java.util.Arrays.equals(plaintext, that.plaintext) && java.util.Objects.equals(keyId, that.keyId);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {ciphertextBlob, plaintext, keyId});
    }

    @Override
    public String toString() {
        return "DataKeyResult[" + "ciphertextBlob=" + (ciphertextBlob == null ? "null" : ciphertextBlob.length + " bytes") + ", " + "plaintext=" + (plaintext == null ? "null" : plaintext.length + " bytes") + ", " + "keyId=" + keyId + "]";
    }
}
