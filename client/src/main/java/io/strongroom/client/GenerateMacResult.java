package io.strongroom.client;

import java.io.Serializable;

/** GenerateMac output; keyId is the key ARN. */
public final class GenerateMacResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] mac;
    private final String macAlgorithm;

    public GenerateMacResult(String keyId, byte[] mac, String macAlgorithm) {
        this.keyId = keyId;
        this.mac = mac;
        this.macAlgorithm = macAlgorithm;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] mac() {
        return mac;
    }

    public String macAlgorithm() {
        return macAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof GenerateMacResult that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(mac, that.mac) && java.util.Objects.equals(macAlgorithm, that.macAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, mac, macAlgorithm});
    }

    @Override
    public String toString() {
        return "GenerateMacResult[" + "keyId=" + keyId + ", " + "mac=" + (mac == null ? "null" : mac.length + " bytes") + ", " + "macAlgorithm=" + macAlgorithm + "]";
    }
}
