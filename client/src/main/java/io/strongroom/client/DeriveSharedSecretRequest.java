package io.strongroom.client;

import java.io.Serializable;

/** DeriveSharedSecret input; publicKey is the peer's DER SubjectPublicKeyInfo. */
public final class DeriveSharedSecretRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final String keyAgreementAlgorithm;
    private final byte[] publicKey;

    public DeriveSharedSecretRequest(String keyId, String keyAgreementAlgorithm, byte[] publicKey) {
        this.keyId = keyId;
        this.keyAgreementAlgorithm = keyAgreementAlgorithm;
        this.publicKey = publicKey;
    }

    public String keyId() {
        return keyId;
    }

    public String keyAgreementAlgorithm() {
        return keyAgreementAlgorithm;
    }

    public byte[] publicKey() {
        return publicKey;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeriveSharedSecretRequest that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(keyAgreementAlgorithm, that.keyAgreementAlgorithm) && java.util.Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, keyAgreementAlgorithm, publicKey});
    }

    @Override
    public String toString() {
        return "DeriveSharedSecretRequest[" + "keyId=" + keyId + ", " + "keyAgreementAlgorithm=" + keyAgreementAlgorithm + ", " + "publicKey=" + (publicKey == null ? "null" : publicKey.length + " bytes") + "]";
    }
}
