package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonInputTest {

    @Test
    void missingRequiredMemberIsNamedTheAwsWay() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> input("{\"KeyID\":\"x\"}").requiredString("KeyId"));
        assertEquals(KmsError.ValidationException, e.error());
        assertEquals("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: "
                + "Member must not be null", e.getMessage());
    }

    @Test
    void jsonNullIsTheSameAsAbsent() {
        assertNull(input("{\"Description\":null}").optionalString("Description"));
        assertThrows(InvalidRequestException.class, () -> input("{\"KeyId\":null}").requiredString("KeyId"));
        assertEquals(Map.of(), input("{\"EncryptionContext\":null}").stringMap("EncryptionContext"));
    }

    @Test
    void wrongTypesAreValidationErrorsNamingTheField() {
        assertField("keyId", () -> input("{\"KeyId\":42}").requiredString("KeyId"));
        assertField("limit", () -> input("{\"Limit\":\"10\"}").optionalInteger("Limit"));
        assertField("limit", () -> input("{\"Limit\":1.5}").optionalInteger("Limit"));
        assertField("limit", () -> input("{\"Limit\":99999999999}").optionalInteger("Limit"));
        assertField("multiRegion", () -> input("{\"MultiRegion\":\"true\"}").optionalBoolean("MultiRegion"));
        assertField("encryptionContext", () -> input("{\"EncryptionContext\":[]}").stringMap("EncryptionContext"));
        assertField("encryptionContext", () -> input("{\"EncryptionContext\":{\"a\":1}}").stringMap("EncryptionContext"));
        assertField("tags", () -> input("{\"Tags\":{}}").objectList("Tags"));
    }

    @Test
    void blobsAreStandardBase64() {
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, input("{\"Plaintext\":\"+/8=\"}").requiredBlob("Plaintext"));
        assertField("plaintext", () -> input("{\"Plaintext\":\"-_8=\"}").requiredBlob("Plaintext"));
        assertField("plaintext", () -> input("{\"Plaintext\":\"not base64!\"}").requiredBlob("Plaintext"));
        assertField("ciphertextBlob", () -> input("{\"CiphertextBlob\":7}").requiredBlob("CiphertextBlob"));
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> input("{}").requiredBlob("Plaintext"));
        assertTrue(missing.getMessage().contains("Value null at 'plaintext'"));
    }

    @Test
    void invalidBlobMessagesDoNotEchoTheValue() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> input("{\"Plaintext\":\"secret-value!\"}").requiredBlob("Plaintext"));
        assertTrue(!e.getMessage().contains("secret-value"), e.getMessage());
    }

    @Test
    void nestedMembersUseTheAwsMemberPath() {
        JsonInput tag = input("{\"Tags\":[{\"TagKey\":\"a\",\"TagValue\":\"b\"},{\"TagValue\":\"c\"}]}")
                .objectList("Tags").get(1);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> tag.requiredString("TagKey"));
        assertTrue(e.getMessage().contains("Value null at 'tags.2.member.tagKey'"), e.getMessage());
    }

    @Test
    void readsValuesAndIgnoresUnknownMembers() {
        JsonInput input = input("{\"Limit\":50,\"Marker\":\"m\",\"Whatever\":{\"x\":[1]},"
                + "\"EncryptionContext\":{\"purpose\":\"test\"},\"MultiRegion\":false}");
        assertEquals(50, input.optionalInteger("Limit"));
        assertEquals("m", input.optionalString("Marker"));
        assertEquals(Map.of("purpose", "test"), input.stringMap("EncryptionContext"));
        assertEquals(Boolean.FALSE, input.optionalBoolean("MultiRegion"));
        input.refuseWhenTrue("MultiRegion", "not needed");
    }

    @Test
    void refusesUnsupportedMembersExplicitly() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> input("{\"DryRun\":true}").refuseWhenTrue("DryRun", "no dry runs"));
        assertEquals(KmsError.UnsupportedOperationException, e.error());
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable read) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, read);
        assertEquals(KmsError.ValidationException, e.error());
        assertTrue(e.getMessage().startsWith("1 validation error detected: Value at '" + field + "' failed"),
                e.getMessage());
    }

    static JsonInput input(String json) {
        return JsonInput.of(object(json));
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
