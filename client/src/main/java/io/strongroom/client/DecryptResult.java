package io.strongroom.client;

import java.io.Serializable;

/** Decrypt output; keyId is the key ARN. */
public record DecryptResult(String keyId, byte[] plaintext, String encryptionAlgorithm) implements Serializable {
}
