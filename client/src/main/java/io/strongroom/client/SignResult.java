package io.strongroom.client;

import java.io.Serializable;

/** Sign output; keyId is the key ARN, signature is DER for ECDSA. */
public final class SignResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] signature;
    private final String signingAlgorithm;

    public SignResult(String keyId, byte[] signature, String signingAlgorithm) {
        this.keyId = keyId;
        this.signature = signature;
        this.signingAlgorithm = signingAlgorithm;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] signature() {
        return signature;
    }

    public String signingAlgorithm() {
        return signingAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SignResult that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(signature, that.signature) && java.util.Objects.equals(signingAlgorithm, that.signingAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, signature, signingAlgorithm});
    }

    @Override
    public String toString() {
        return "SignResult[" + "keyId=" + keyId + ", " + "signature=" + (signature == null ? "null" : signature.length + " bytes") + ", " + "signingAlgorithm=" + signingAlgorithm + "]";
    }
}
