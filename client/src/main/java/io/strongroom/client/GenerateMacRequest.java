package io.strongroom.client;

import java.io.Serializable;

/** GenerateMac input. */
public final class GenerateMacRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] message;
    private final String macAlgorithm;

    public GenerateMacRequest(String keyId, byte[] message, String macAlgorithm) {
        this.keyId = keyId;
        this.message = message;
        this.macAlgorithm = macAlgorithm;
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

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof GenerateMacRequest that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(message, that.message) && java.util.Objects.equals(macAlgorithm, that.macAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, message, macAlgorithm});
    }

    @Override
    public String toString() {
        return "GenerateMacRequest[" + "keyId=" + keyId + ", " + "message=" + (message == null ? "null" : message.length + " bytes") + ", " + "macAlgorithm=" + macAlgorithm + "]";
    }
}
