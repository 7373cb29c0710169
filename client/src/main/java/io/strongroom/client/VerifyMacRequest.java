package io.strongroom.client;

import java.io.Serializable;

/** VerifyMac input. */
public final class VerifyMacRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] message;
    private final String macAlgorithm;
    private final byte[] mac;

    public VerifyMacRequest(String keyId, byte[] message, String macAlgorithm, byte[] mac) {
        this.keyId = keyId;
        this.message = message;
        this.macAlgorithm = macAlgorithm;
        this.mac = mac;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] message() {
        return message;
    }

    public String macAlgorithm() {
        return macAlgorithm;
    }

    public byte[] mac() {
        return mac;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof VerifyMacRequest that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(message, that.message) && java.util.Objects.equals(macAlgorithm, that.macAlgorithm) && java.util.Arrays.equals(mac, that.mac);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, message, macAlgorithm, mac});
    }

    @Override
    public String toString() {
        return "VerifyMacRequest[" + "keyId=" + keyId + ", " + "message=" + (message == null ? "null" : message.length + " bytes") + ", " + "macAlgorithm=" + macAlgorithm + ", " + "mac=" + (mac == null ? "null" : mac.length + " bytes") + "]";
    }
}
