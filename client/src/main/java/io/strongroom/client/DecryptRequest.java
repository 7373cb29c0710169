package io.strongroom.client;

import java.io.Serializable;
import java.util.Map;

/** Decrypt input; keyId is optional for symmetric ciphertext, encryptionContext never null. */
public record DecryptRequest(byte[] ciphertextBlob, Map<String, String> encryptionContext, String keyId,
                             String encryptionAlgorithm) implements Serializable {
}
