package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.CallerContext;
import io.strongroom.client.KmsError;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the API layer refuses on its own, before any service is called (the operations here have
 * no service injected: reaching one would fail the test with a NullPointerException).
 */
class RequestMappingTest {

    private static final CallerContext CALLER = new CallerContext("arn:aws:iam::111122223333:user/test",
            "00000000-0000-0000-0000-000000000000", "127.0.0.1", "api");

    @Test
    void bodyMustBeOneJsonObject() {
        assertEquals(KmsError.SerializationException, parseError("{\"KeyId\":"));
        assertEquals(KmsError.SerializationException, parseError("[1,2]"));
        assertEquals(KmsError.SerializationException, parseError("\"text\""));
        assertEquals(KmsError.SerializationException, parseError("{} {}"));
        assertEquals(0, KmsJsonResource.parseObject(new byte[0]).size());
        assertEquals("alias/a", KmsJsonResource.parseObject(bytes("{\"KeyId\":\"alias/a\"}")).getString("KeyId"));
    }

    @Test
    void operationNamesForAuditAreShortAndPrintable() {
        assertEquals("Encrypt", KmsOperations.operationName("TrentService.Encrypt"));
        assertEquals("Unknown", KmsOperations.operationName(null));
        assertEquals("Unknown", KmsOperations.operationName("  "));
        assertEquals("Evilname", KmsOperations.operationName("TrentService.Evil\nname"));
        assertEquals(64, KmsOperations.operationName("x".repeat(500)).length());
    }

    @Test
    void encryptNeedsKeyIdAndPlaintext() {
        assertMessage(new EncryptOperation(), "{\"Plaintext\":\"aGk=\"}", "Value null at 'keyId'");
        assertMessage(new EncryptOperation(), "{\"KeyId\":\"alias/a\"}", "Value null at 'plaintext'");
        assertMessage(new EncryptOperation(), "{\"KeyId\":\"alias/a\",\"Plaintext\":\"%%%\"}", "Value at 'plaintext'");
    }

    @Test
    void decryptAndDataKeysNeedTheirRequiredMembers() {
        assertMessage(new DecryptOperation(), "{}", "Value null at 'ciphertextBlob'");
        assertMessage(new DescribeKeyOperation(), "{}", "Value null at 'keyId'");
        assertMessage(new GenerateDataKeyOperation(), "{\"KeySpec\":\"AES_256\"}", "Value null at 'keyId'");
        assertMessage(new GenerateDataKeyWithoutPlaintextOperation(), "{\"NumberOfBytes\":\"32\",\"KeyId\":\"k\"}",
                "Value at 'numberOfBytes'");
    }

    @Test
    void createKeyRefusesWhatItCannotHonour() {
        assertMessage(new CreateKeyOperation(), "{\"MultiRegion\":\"true\"}", "Value at 'multiRegion'");
        assertError(new CreateKeyOperation(), "{\"KeySpec\":\"SYMMETRIC_DEFAULT\",\"CustomerMasterKeySpec\":\"SYMMETRIC_DEFAULT\"}",
                KmsError.ValidationException);
        assertMessage(new CreateKeyOperation(), "{\"Tags\":[{\"TagKey\":\"team\"}]}", "Value null at 'tags.1.member.tagValue'");
        assertMessage(new CreateKeyOperation(), "{\"CustomKeyStoreId\":7}", "'customKeyStoreId'");
        assertMessage(new CreateKeyOperation(), "{\"XksKeyId\":[\"a\"]}", "'xksKeyId'");
    }

    private static KmsError parseError(String body) {
        return assertThrows(InvalidRequestException.class, () -> KmsJsonResource.parseObject(bytes(body))).error();
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
