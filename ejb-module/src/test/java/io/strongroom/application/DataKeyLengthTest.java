package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.client.GenerateDataKeyRequest;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import org.junit.jupiter.api.Test;

class DataKeyLengthTest {

    @Test
    void keySpecOrNumberOfBytesButNotBothNorNeither() {
        assertEquals(32, CryptoOperations.dataKeyLength(request(null, "AES_256")));
        assertEquals(16, CryptoOperations.dataKeyLength(request(null, "AES_128")));
        assertEquals(1024, CryptoOperations.dataKeyLength(request(1024, null)));
        for (GenerateDataKeyRequest bad : new GenerateDataKeyRequest[] {
                request(null, null), request(32, "AES_256"), request(0, null), request(1025, null), request(null, "AES_512")}) {
            assertEquals(KmsError.ValidationException,
                    assertThrows(KmsException.class, () -> CryptoOperations.dataKeyLength(bad)).error());
        }
    }

    private static GenerateDataKeyRequest request(Integer bytes, String spec) {
        return new GenerateDataKeyRequest("alias/x", null, bytes, spec);
    }
}
