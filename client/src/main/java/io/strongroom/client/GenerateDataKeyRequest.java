package io.strongroom.client;

import java.io.Serializable;
import java.util.Map;

/** GenerateDataKey(WithoutPlaintext) input: exactly one of numberOfBytes [1..1024] and keySpec (AES_256, AES_128). */
public record GenerateDataKeyRequest(String keyId, Map<String, String> encryptionContext, Integer numberOfBytes,
                                     String keySpec) implements Serializable {
}
