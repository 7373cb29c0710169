package io.strongroom.client;

import java.io.Serializable;

/** Sign input; messageType null means RAW. */
public final class SignRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] message;
    private final String messageType;
    private final String signingAlgorithm;

    public SignRequest(String keyId, byte[] message, String messageType, String signingAlgorithm) {
        this.keyId = keyId;
        this.message = message;
        this.messageType = messageType;
        this.signingAlgorithm = signingAlgorithm;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] message() {
        return message;
    }

    public String messageType() {
        return messageType;
    }

    public String signingAlgorithm() {
        return signingAlgorithm;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SignRequest that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(message, that.message) && java.util.Objects.equals(messageType, that.messageType) && java.util.Objects.equals(signingAlgorithm, that.signingAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, message, messageType, signingAlgorithm});
    }

    @Override
    public String toString() {
        return "SignRequest[" + "keyId=" + keyId + ", " + "message=" + (message == null ? "null" : message.length + " bytes") + ", " + "messageType=" + messageType + ", " + "signingAlgorithm=" + signingAlgorithm + "]";
    }
}
