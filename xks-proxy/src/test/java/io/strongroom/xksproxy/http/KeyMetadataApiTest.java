package io.strongroom.xksproxy.http;

import static io.strongroom.xksproxy.http.XksAssertions.assertError;
import static io.strongroom.xksproxy.http.XksAssertions.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strongroom.xksproxy.ProxyFixture;
import io.strongroom.xksproxy.XksBodies;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The GetKeyMetadata cases of the conformance client, and the key controls tests use. */
class KeyMetadataApiTest {

    @RegisterExtension
    static final ProxyFixture proxy = new ProxyFixture();

    private static String path(String keyId) {
        return ProxyFixture.API + "/keys/" + keyId + "/metadata";
    }

    @Test
    void anEncryptDecryptKeyReportsWhatKmsCreateKeyRequires() {
        assertEquals("{\"keySpec\":\"AES_256\",\"keyUsage\":[\"ENCRYPT\",\"DECRYPT\"],\"keyStatus\":\"ENABLED\"}",
                proxy.caller.post(path("foo"), XksBodies.metadata(), proxy.credential).body());
    }

    @Test
    void restrictedAndDisabledKeysReportThemselves() {
        JsonObject encryptOnly = assertOk(proxy.caller.post(path("encrypt-only"), XksBodies.metadata(), proxy.credential));
        assertEquals("[\"ENCRYPT\"]", encryptOnly.getJsonArray("keyUsage").toString());
        JsonObject none = assertOk(proxy.caller.post(path("no-usage"), XksBodies.metadata(), proxy.credential));
        assertEquals("[]", none.getJsonArray("keyUsage").toString());
        JsonObject disabled = assertOk(proxy.caller.post(path("disabled"), XksBodies.metadata(), proxy.credential));
        assertEquals("DISABLED", disabled.getString("keyStatus"));
    }

    @Test
    void anUnknownKeyIsKeyNotFound() {
        assertError(proxy.caller.post(path("non_existing_key"), XksBodies.metadata(), proxy.credential), 404,
                "KeyNotFoundException");
    }

    @Test
    void missingRequestMetadataFieldsAreValidationExceptions() {
        assertError(proxy.caller.post(path("foo"), "{}", proxy.credential), 400, "ValidationException");
        assertError(proxy.caller.post(path("foo"), "{\"requestMetadata\":{}}", proxy.credential), 400,
                "ValidationException");
        String noPrincipal = Json.createObjectBuilder().add("requestMetadata", Json.createObjectBuilder()
                .add("kmsOperation", "CreateKey").add("kmsRequestId", "r")).build().toString();
        assertError(proxy.caller.post(path("foo"), noPrincipal, proxy.credential), 400, "ValidationException");
        String longArn = "arn:aws:iam::111122223333:user/" + "a".repeat(2048);
        String tooLong = Json.createObjectBuilder().add("requestMetadata", XksBodies.keyMetadata("CreateKey")
                .add("awsPrincipalArn", longArn)).build().toString();
        assertError(proxy.caller.post(path("foo"), tooLong, proxy.credential), 400, "ValidationException");
    }

    @Test
    void badCredentialsAndUnknownPrefixesAreRefusedAsForHealth() {
        XksCredential stranger = XksCredential.generate();
        assertError(proxy.caller.post(path("foo"), XksBodies.metadata(), stranger), 401, "AuthenticationFailedException");
        assertError(proxy.caller.post(ProxyFixture.PREFIX + "/invalid/kms/xks/v1/keys/foo/metadata", XksBodies.metadata(),
                proxy.credential), 404, "InvalidUriPathException");
    }

    @Test
    void keysCanBeDisabledInTheEkmAndAdded() {
        proxy.server.addKey(ProxyFixture.PREFIX, XksKey.encryptDecrypt("added.Key-1"));
        assertEquals("ENABLED", status("added.Key-1"));
        proxy.server.setKeyStatus(ProxyFixture.PREFIX, "added.Key-1", false);
        assertEquals("DISABLED", status("added.Key-1"));
        proxy.server.setKeyStatus(ProxyFixture.PREFIX, "added.Key-1", true);
        assertEquals("ENABLED", status("added.Key-1"));
        assertError(proxy.caller.post(path("added.key-1"), XksBodies.metadata(), proxy.credential), 404,
                "KeyNotFoundException");
    }

    private String status(String keyId) {
        return assertOk(proxy.caller.post(path(keyId), XksBodies.metadata(), proxy.credential)).getString("keyStatus");
    }
}
