package io.strongroom.client;

import java.io.Serializable;

/** GenerateDataKeyPair(WithoutPlaintext) input; encryptionContext may be empty, never null. */
public final class GenerateDataKeyPairRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final String keyPairSpec;
    private final java.util.Map<String, String> encryptionContext;

    public GenerateDataKeyPairRequest(String keyId, String keyPairSpec, java.util.Map<String, String> encryptionContext) {
        this.keyId = keyId;
        this.keyPairSpec = keyPairSpec;
        this.encryptionContext = encryptionContext;
    }

    public String keyId() {
        return keyId;
    }

    public String keyPairSpec() {
        return keyPairSpec;
    }

    public java.util.Map<String, String> encryptionContext() {
        return encryptionContext;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof GenerateDataKeyPairRequest that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(keyPairSpec, that.keyPairSpec) && java.util.Objects.equals(encryptionContext, that.encryptionContext);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, keyPairSpec, encryptionContext});
    }

    @Override
    public String toString() {
        return "GenerateDataKeyPairRequest[" + "keyId=" + keyId + ", " + "keyPairSpec=" + keyPairSpec + ", " + "encryptionContext=" + encryptionContext + "]";
    }
}
