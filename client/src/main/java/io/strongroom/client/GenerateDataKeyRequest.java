package io.strongroom.client;

import java.io.Serializable;
import java.util.Map;

/** GenerateDataKey(WithoutPlaintext) input: exactly one of numberOfBytes [1..1024] and keySpec (AES_256, AES_128). */
public final class GenerateDataKeyRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final Map<String, String> encryptionContext;
    private final Integer numberOfBytes;
    private final String keySpec;

    public GenerateDataKeyRequest(String keyId, Map<String, String> encryptionContext, Integer numberOfBytes, String keySpec) {
        this.keyId = keyId;
        this.encryptionContext = encryptionContext;
        this.numberOfBytes = numberOfBytes;
        this.keySpec = keySpec;
    }

    public String keyId() {
        return keyId;
    }

    public Map<String, String> encryptionContext() {
        return encryptionContext;
    }

    public Integer numberOfBytes() {
        return numberOfBytes;
    }

    public String keySpec() {
        return keySpec;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof GenerateDataKeyRequest that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(encryptionContext, that.encryptionContext) && java.util.Objects.equals(numberOfBytes, that.numberOfBytes) && java.util.Objects.equals(keySpec, that.keySpec);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, encryptionContext, numberOfBytes, keySpec});
    }

    @Override
    public String toString() {
        return "GenerateDataKeyRequest[" + "keyId=" + keyId + ", " + "encryptionContext=" + encryptionContext + ", " + "numberOfBytes=" + numberOfBytes + ", " + "keySpec=" + keySpec + "]";
    }
}
