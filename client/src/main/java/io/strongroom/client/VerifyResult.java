package io.strongroom.client;

import java.io.Serializable;

/** Verify output: only a valid signature returns; an invalid one is KMSInvalidSignatureException. */
public final class VerifyResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final boolean signatureValid;
    private final String signingAlgorithm;

    public VerifyResult(String keyId, boolean signatureValid, String signingAlgorithm) {
        this.keyId = keyId;
        this.signatureValid = signatureValid;
        this.signingAlgorithm = signingAlgorithm;
    }

    public String keyId() {
        return keyId;
    }

    public boolean signatureValid() {
        return signatureValid;
    }

    public String signingAlgorithm() {
        return signingAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VerifyResult that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && signatureValid == that.signatureValid && java.util.Objects.equals(signingAlgorithm, that.signingAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, signatureValid, signingAlgorithm});
    }

    @Override
    public String toString() {
        return "VerifyResult[" + "keyId=" + keyId + ", " + "signatureValid=" + signatureValid + ", " + "signingAlgorithm=" + signingAlgorithm + "]";
    }
}
