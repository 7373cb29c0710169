package io.strongroom.client;

import java.io.Serializable;

/** VerifyMac output: only a matching MAC returns; a mismatch is KMSInvalidMacException. */
public final class VerifyMacResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final boolean macValid;
    private final String macAlgorithm;

    public VerifyMacResult(String keyId, boolean macValid, String macAlgorithm) {
        this.keyId = keyId;
        this.macValid = macValid;
        this.macAlgorithm = macAlgorithm;
    }

    public String keyId() {
        return keyId;
    }

    public boolean macValid() {
        return macValid;
    }

    public String macAlgorithm() {
        return macAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VerifyMacResult that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && macValid == that.macValid && java.util.Objects.equals(macAlgorithm, that.macAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, macValid, macAlgorithm});
    }

    @Override
    public String toString() {
        return "VerifyMacResult[" + "keyId=" + keyId + ", " + "macValid=" + macValid + ", " + "macAlgorithm=" + macAlgorithm + "]";
    }
}
