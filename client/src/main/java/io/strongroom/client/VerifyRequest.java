package io.strongroom.client;

import java.io.Serializable;

/** Verify input; messageType null means RAW. */
public final class VerifyRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final byte[] message;
    private final String messageType;
    private final byte[] signature;
    private final String signingAlgorithm;

    public VerifyRequest(String keyId, byte[] message, String messageType, byte[] signature, String signingAlgorithm) {
        this.keyId = keyId;
        this.message = message;
        this.messageType = messageType;
        this.signature = signature;
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
        if (!(other instanceof VerifyRequest that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Arrays.equals(message, that.message) && java.util.Objects.equals(messageType, that.messageType) && java.util.Arrays.equals(signature, that.signature) && java.util.Objects.equals(signingAlgorithm, that.signingAlgorithm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, message, messageType, signature, signingAlgorithm});
    }

    @Override
    public String toString() {
        return "VerifyRequest[" + "keyId=" + keyId + ", " + "message=" + (message == null ? "null" : message.length + " bytes") + ", " + "messageType=" + messageType + ", " + "signature=" + (signature == null ? "null" : signature.length + " bytes") + ", " + "signingAlgorithm=" + signingAlgorithm + "]";
    }
}
