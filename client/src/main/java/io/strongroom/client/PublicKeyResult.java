package io.strongroom.client;

import java.io.Serializable;

/** GetPublicKey output: the DER SubjectPublicKeyInfo and what the key may be used for; lists are empty, never null. */
public final class PublicKeyResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] publicKey;
    private final String keySpec;
    private final String keyUsage;
    private final java.util.List<String> encryptionAlgorithms;
    private final java.util.List<String> signingAlgorithms;
    private final java.util.List<String> keyAgreementAlgorithms;

    public PublicKeyResult(String keyId, byte[] publicKey, String keySpec, String keyUsage, java.util.List<String> encryptionAlgorithms, java.util.List<String> signingAlgorithms, java.util.List<String> keyAgreementAlgorithms) {
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.keySpec = keySpec;
        this.keyUsage = keyUsage;
        this.encryptionAlgorithms = encryptionAlgorithms;
        this.signingAlgorithms = signingAlgorithms;
        this.keyAgreementAlgorithms = keyAgreementAlgorithms;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey;
    }

    public String keySpec() {
        return keySpec;
    }

    public String keyUsage() {
        return keyUsage;
    }

    public java.util.List<String> encryptionAlgorithms() {
        return encryptionAlgorithms;
    }

    public java.util.List<String> signingAlgorithms() {
        return signingAlgorithms;
    }

    public java.util.List<String> keyAgreementAlgorithms() {
        return keyAgreementAlgorithms;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PublicKeyResult that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(publicKey, that.publicKey) && java.util.Objects.equals(keySpec, that.keySpec) && java.util.Objects.equals(keyUsage, that.keyUsage) && java.util.Objects.equals(encryptionAlgorithms, that.encryptionAlgorithms) && java.util.Objects.equals(signingAlgorithms, that.signingAlgorithms) && java.util.Objects.equals(keyAgreementAlgorithms, that.keyAgreementAlgorithms);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, publicKey, keySpec, keyUsage, encryptionAlgorithms, signingAlgorithms, keyAgreementAlgorithms});
    }

    @Override
    public String toString() {
        return "PublicKeyResult[" + "keyId=" + keyId + ", " + "publicKey=" + (publicKey == null ? "null" : publicKey.length + " bytes") + ", " + "keySpec=" + keySpec + ", " + "keyUsage=" + keyUsage + ", " + "encryptionAlgorithms=" + encryptionAlgorithms + ", " + "signingAlgorithms=" + signingAlgorithms + ", " + "keyAgreementAlgorithms=" + keyAgreementAlgorithms + "]";
    }
}
