package io.strongroom.client;

import java.io.Serializable;
import java.util.Map;

/** Encrypt input; encryptionContext may be empty, never null. */
public record EncryptRequest(String keyId, byte[] plaintext, Map<String, String> encryptionContext,
                             String encryptionAlgorithm) implements Serializable {
}
