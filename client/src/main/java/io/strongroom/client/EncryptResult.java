package io.strongroom.client;

import java.io.Serializable;

/** Encrypt output; keyId is the key ARN. */
public record EncryptResult(byte[] ciphertextBlob, String keyId, String encryptionAlgorithm) implements Serializable {
}
