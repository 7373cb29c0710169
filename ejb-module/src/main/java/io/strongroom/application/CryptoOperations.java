package io.strongroom.application;

import io.strongroom.client.DataKeyResult;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.DecryptResult;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.EncryptResult;
import io.strongroom.client.GenerateDataKeyRequest;
import jakarta.ejb.Stateless;

/** Encrypt, Decrypt, GenerateDataKey, GenerateDataKeyWithoutPlaintext. */
@Stateless
public class CryptoOperations {

    public EncryptResult encrypt(CallerContext caller, EncryptRequest request) {
        throw new IllegalStateException("not yet implemented");
    }

    public DecryptResult decrypt(CallerContext caller, DecryptRequest request) {
        throw new IllegalStateException("not yet implemented");
    }

    public DataKeyResult generateDataKey(CallerContext caller, GenerateDataKeyRequest request) {
        throw new IllegalStateException("not yet implemented");
    }

    public DataKeyResult generateDataKeyWithoutPlaintext(CallerContext caller, GenerateDataKeyRequest request) {
        throw new IllegalStateException("not yet implemented");
    }
}
