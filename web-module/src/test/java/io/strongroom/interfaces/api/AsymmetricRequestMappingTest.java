package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.CallerContext;
import io.strongroom.client.KmsError;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The required members of the signing, MAC, key agreement, data key pair, random and ReEncrypt
 * operations, refused by the API layer before any service runs (none is injected here).
 */
class AsymmetricRequestMappingTest {

    private static final CallerContext CALLER = new CallerContext("arn:aws:iam::111122223333:user/test",
            "00000000-0000-0000-0000-000000000000", "127.0.0.1", "api");

    @Test
    void signAndVerifyNeedKeyMessageAlgorithmAndSignature() {
        assertMessage(new SignOperation(), "{\"Message\":\"aGk=\",\"SigningAlgorithm\":\"ECDSA_SHA_256\"}", "Value null at 'keyId'");
        assertMessage(new SignOperation(), "{\"KeyId\":\"k\",\"SigningAlgorithm\":\"ECDSA_SHA_256\"}", "Value null at 'message'");
        assertMessage(new SignOperation(), "{\"KeyId\":\"k\",\"Message\":\"aGk=\"}", "Value null at 'signingAlgorithm'");
        assertMessage(new VerifyOperation(), "{\"KeyId\":\"k\",\"Message\":\"aGk=\",\"SigningAlgorithm\":\"ECDSA_SHA_256\"}",
                "Value null at 'signature'");
        assertError(new SignOperation(), "{\"DryRun\":true}", KmsError.UnsupportedOperationException);
    }

    @Test
    void macOperationsNeedTheirMembers() {
        assertMessage(new GenerateMacOperation(), "{\"KeyId\":\"k\",\"Message\":\"aGk=\"}", "Value null at 'macAlgorithm'");
        assertMessage(new VerifyMacOperation(), "{\"KeyId\":\"k\",\"Message\":\"aGk=\",\"MacAlgorithm\":\"HMAC_SHA_256\"}",
                "Value null at 'mac'");
        assertMessage(new VerifyMacOperation(), "{\"KeyId\":\"k\",\"Message\":\"aGk=\",\"MacAlgorithm\":\"HMAC_SHA_256\",\"Mac\":7}",
                "Value at 'mac'");
    }

    @Test
    void publicKeyAgreementAndPairsNeedTheirMembers() {
        assertMessage(new GetPublicKeyOperation(), "{}", "Value null at 'keyId'");
        assertMessage(new DeriveSharedSecretOperation(), "{\"KeyId\":\"k\",\"KeyAgreementAlgorithm\":\"ECDH\"}",
                "Value null at 'publicKey'");
        assertError(new DeriveSharedSecretOperation(), "{\"Recipient\":{}}", KmsError.UnsupportedOperationException);
        assertMessage(new GenerateDataKeyPairOperation(), "{\"KeyId\":\"k\"}", "Value null at 'keyPairSpec'");
        assertMessage(new GenerateDataKeyPairWithoutPlaintextOperation(), "{\"KeyPairSpec\":\"RSA_2048\"}",
                "Value null at 'keyId'");
        assertMessage(new GenerateRandomOperation(), "{\"NumberOfBytes\":1.5}", "Value at 'numberOfBytes'");
        assertError(new GenerateRandomOperation(), "{\"CustomKeyStoreId\":\"cks-1\"}", KmsError.UnsupportedOperationException);
    }

    @Test
    void reEncryptNeedsCiphertextAndDestination() {
        assertMessage(new ReEncryptOperation(), "{\"DestinationKeyId\":\"k\"}", "Value null at 'ciphertextBlob'");
        assertMessage(new ReEncryptOperation(), "{\"CiphertextBlob\":\"aGk=\"}", "Value null at 'destinationKeyId'");
    }

    private static void assertError(KmsOperation operation, String body, KmsError expected) {
        JsonObject request = JsonInputTest.object(body);
        assertEquals(expected, assertThrows(InvalidRequestException.class, () -> operation.handle(request, CALLER)).error());
    }

    private static void assertMessage(KmsOperation operation, String body, String expected) {
        JsonObject request = JsonInputTest.object(body);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> operation.handle(request, CALLER));
        assertEquals(KmsError.ValidationException, e.error());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
