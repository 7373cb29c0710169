package io.strongroom.client;

import java.io.Serializable;

/** GenerateDataKey output; plaintext is null for GenerateDataKeyWithoutPlaintext; keyId is the key ARN. */
public record DataKeyResult(byte[] ciphertextBlob, byte[] plaintext, String keyId) implements Serializable {
}
