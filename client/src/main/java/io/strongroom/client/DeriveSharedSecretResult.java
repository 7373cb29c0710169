package io.strongroom.client;

import java.io.Serializable;

/** DeriveSharedSecret output: the raw ECDH shared secret. */
public final class DeriveSharedSecretResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] sharedSecret;
    private final String keyAgreementAlgorithm;
    private final String keyOrigin;

    public DeriveSharedSecretResult(String keyId, byte[] sharedSecret, String keyAgreementAlgorithm, String keyOrigin) {
        this.keyId = keyId;
        this.sharedSecret = sharedSecret;
        this.keyAgreementAlgorithm = keyAgreementAlgorithm;
        this.keyOrigin = keyOrigin;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] sharedSecret() {
        return sharedSecret;
    }

    public String keyAgreementAlgorithm() {
        return keyAgreementAlgorithm;
    }

    public String keyOrigin() {
        return keyOrigin;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeriveSharedSecretResult that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(sharedSecret, that.sharedSecret) && java.util.Objects.equals(keyAgreementAlgorithm, that.keyAgreementAlgorithm) && java.util.Objects.equals(keyOrigin, that.keyOrigin);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, sharedSecret, keyAgreementAlgorithm, keyOrigin});
    }

    @Override
    public String toString() {
        return "DeriveSharedSecretResult[" + "keyId=" + keyId + ", " + "sharedSecret=" + (sharedSecret == null ? "null" : sharedSecret.length + " bytes") + ", " + "keyAgreementAlgorithm=" + keyAgreementAlgorithm + ", " + "keyOrigin=" + keyOrigin + "]";
    }
}
