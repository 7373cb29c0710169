package io.strongroom.client;

import java.io.Serializable;

/** GenerateDataKeyPair output; privateKeyPlaintext (PKCS#8 DER) is null for the WithoutPlaintext variant. */
public final class DataKeyPairResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] privateKeyCiphertextBlob;
    private final byte[] privateKeyPlaintext;
    private final byte[] publicKey;
    private final String keyId;
    private final String keyPairSpec;

    public DataKeyPairResult(byte[] privateKeyCiphertextBlob, byte[] privateKeyPlaintext, byte[] publicKey, String keyId, String keyPairSpec) {
        this.privateKeyCiphertextBlob = privateKeyCiphertextBlob;
        this.privateKeyPlaintext = privateKeyPlaintext;
        this.publicKey = publicKey;
        this.keyId = keyId;
        this.keyPairSpec = keyPairSpec;
    }

    public byte[] privateKeyCiphertextBlob() {
        return privateKeyCiphertextBlob;
    }

    public byte[] privateKeyPlaintext() {
        return privateKeyPlaintext;
    }

    public byte[] publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    public String keyPairSpec() {
        return keyPairSpec;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DataKeyPairResult that)) {
            return false;
        }
        return java.util.Arrays.equals(privateKeyCiphertextBlob, that.privateKeyCiphertextBlob) && java.util.Arrays.equals(privateKeyPlaintext, that.privateKeyPlaintext) && java.util.Arrays.equals(publicKey, that.publicKey) && java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(keyPairSpec, that.keyPairSpec);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {privateKeyCiphertextBlob, privateKeyPlaintext, publicKey, keyId, keyPairSpec});
    }

    @Override
    public String toString() {
        return "DataKeyPairResult[" + "privateKeyCiphertextBlob=" + (privateKeyCiphertextBlob == null ? "null" : privateKeyCiphertextBlob.length + " bytes") + ", " + "privateKeyPlaintext=" + (privateKeyPlaintext == null ? "null" : privateKeyPlaintext.length + " bytes") + ", " + "publicKey=" + (publicKey == null ? "null" : publicKey.length + " bytes") + ", " + "keyId=" + keyId + ", " + "keyPairSpec=" + keyPairSpec + "]";
    }
}
