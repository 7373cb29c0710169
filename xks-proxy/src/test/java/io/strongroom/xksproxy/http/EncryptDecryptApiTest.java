package io.strongroom.xksproxy.http;

import static io.strongroom.xksproxy.XksBodies.b64;
import static io.strongroom.xksproxy.XksBodies.unb64;
import static io.strongroom.xksproxy.http.XksAssertions.assertError;
import static io.strongroom.xksproxy.http.XksAssertions.assertOk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.xksproxy.ObservedRequest;
import io.strongroom.xksproxy.ProxyFixture;
import io.strongroom.xksproxy.XksBodies;
import io.strongroom.xksproxy.XksOperation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The encrypt and decrypt cases of the conformance client (KMS-SPEC §5.2), through real TLS and SigV4. */
class EncryptDecryptApiTest {

    private static final byte[] PLAINTEXT = "plaintext\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AAD = "project=nile,department=marketing".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    @RegisterExtension
    static final ProxyFixture proxy = new ProxyFixture();

    static HttpResponse<String> call(String keyId, String operation, JsonObjectBuilder body) {
        return proxy.caller.post(ProxyFixture.API + "/keys/" + keyId + "/" + operation, body.build().toString(),
                proxy.credential);
    }

    static JsonObject encrypt(String keyId, byte[] plaintext, byte[] aad) {
        JsonObjectBuilder body = XksBodies.encrypt(plaintext);
        if (aad != null) {
            body.add("additionalAuthenticatedData", b64(aad));
        }
        return assertOk(call(keyId, "encrypt", body));
    }

    @Test
    void roundTripWithoutAad() {
        JsonObject sealed = encrypt("foo", PLAINTEXT, null);
        assertEquals(PLAINTEXT.length, unb64(sealed.getString("ciphertext")).length);
        assertEquals(12, unb64(sealed.getString("initializationVector")).length);
        assertEquals(16, unb64(sealed.getString("authenticationTag")).length);
        assertEquals("key_version=1", new String(unb64(sealed.getString("ciphertextMetadata")), StandardCharsets.US_ASCII));
        JsonObject opened = assertOk(call("foo", "decrypt", XksBodies.decrypt(sealed, null)));
        assertArrayEquals(PLAINTEXT, unb64(opened.getString("plaintext")));
    }

    @Test
    void roundTripWithAadAndAMissingOrDifferentAadFails() {
        JsonObject sealed = encrypt("foo", PLAINTEXT, AAD);
        assertArrayEquals(PLAINTEXT, unb64(assertOk(call("foo", "decrypt", XksBodies.decrypt(sealed, AAD)))
                .getString("plaintext")));
        assertError(call("foo", "decrypt", XksBodies.decrypt(sealed, null)), 400, "InvalidCiphertextException");
        byte[] different = "project=nile,department=sales".getBytes(StandardCharsets.US_ASCII);
        assertError(call("foo", "decrypt", XksBodies.decrypt(sealed, different)), 400, "InvalidCiphertextException");
        JsonObject withoutAad = encrypt("foo", PLAINTEXT, null);
        assertError(call("foo", "decrypt", XksBodies.decrypt(withoutAad, AAD)), 400, "InvalidCiphertextException");
    }

    @Test
    void theCiphertextDataIntegrityValueIsTheSpecsHashAndVerifies() throws Exception {
        JsonObject sealed = assertOk(call("foo", "encrypt", XksBodies.encrypt(PLAINTEXT)
                .add("additionalAuthenticatedData", b64(AAD)).add("ciphertextDataIntegrityValueAlgorithm", "SHA_256")));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String field : new String[] {"ciphertextMetadata", "initializationVector", "ciphertext", "authenticationTag"}) {
            if (field.equals("ciphertextMetadata")) {
                sha256.update(AAD);
            }
            sha256.update(unb64(sealed.getString(field)));
        }
        assertEquals(b64(sha256.digest()), sealed.getString("ciphertextDataIntegrityValue"));
        assertArrayEquals(PLAINTEXT, unb64(assertOk(call("foo", "decrypt", XksBodies.decrypt(sealed, AAD)))
                .getString("plaintext")));
        assertError(call("foo", "encrypt", XksBodies.encrypt(PLAINTEXT)
                .add("ciphertextDataIntegrityValueAlgorithm", "SHA_1")), 400, "ValidationException");
    }

    @Test
    void largePlaintextWithLargeAad() {
        for (int size : new int[] {4096, 4300}) {
            byte[] plaintext = new byte[size];
            byte[] aad = new byte[8192];
            RANDOM.nextBytes(plaintext);
            RANDOM.nextBytes(aad);
            JsonObject sealed = encrypt("foo", plaintext, aad);
            assertEquals(size, unb64(sealed.getString("ciphertext")).length);
            assertArrayEquals(plaintext, unb64(assertOk(call("foo", "decrypt", XksBodies.decrypt(sealed, aad)))
                    .getString("plaintext")));
        }
    }

    @Test
    void malformedRequestsAreValidationExceptions() {
        JsonObjectBuilder noPlaintext = Json.createObjectBuilder()
                .add("requestMetadata", XksBodies.cryptoMetadata("Encrypt")).add("encryptionAlgorithm", "AES_GCM");
        assertError(call("foo", "encrypt", noPlaintext), 400, "ValidationException");
        assertError(call("foo", "encrypt", XksBodies.encrypt(PLAINTEXT).add("plaintext", "not base64!")), 400,
                "ValidationException");
        assertError(call("foo", "encrypt", XksBodies.encrypt(PLAINTEXT).add("encryptionAlgorithm", "AES_CBC")), 400,
                "ValidationException");
        JsonObjectBuilder noKeyArn = Json.createObjectBuilder().add("requestMetadata", XksBodies.keyMetadata("Encrypt"))
                .add("plaintext", b64(PLAINTEXT)).add("encryptionAlgorithm", "AES_GCM");
        assertError(call("foo", "encrypt", noKeyArn), 400, "ValidationException");
        assertError(call("foo", "encrypt", Json.createObjectBuilder()), 400, "ValidationException");
        JsonObject sealed = encrypt("foo", PLAINTEXT, null);
        assertError(call("foo", "decrypt", XksBodies.decrypt(sealed, null).add("authenticationTag", b64(new byte[12]))),
                400, "ValidationException");
        assertError(call("foo", "decrypt", XksBodies.decrypt(sealed, null).add("initializationVector", b64(new byte[8]))),
                400, "ValidationException");
        assertError(call("non_existing_key", "encrypt", XksBodies.encrypt(PLAINTEXT)), 404, "KeyNotFoundException");
    }

    @Test
    void tamperingWithCiphertextMetadataIvOrCiphertextIsDetected() {
        JsonObject sealed = encrypt("foo", PLAINTEXT, AAD);
        String otherMetadata = b64("key_version=2".getBytes(StandardCharsets.US_ASCII));
        assertError(call("foo", "decrypt", XksBodies.decrypt(sealed, AAD).add("ciphertextMetadata", otherMetadata)),
                400, "InvalidCiphertextException");
        JsonObjectBuilder withoutMetadata = XksBodies.decrypt(sealed, AAD);
        withoutMetadata.remove("ciphertextMetadata");
        assertError(call("foo", "decrypt", withoutMetadata), 400, "InvalidCiphertextException");
        byte[] ciphertext = unb64(sealed.getString("ciphertext"));
        ciphertext[0] ^= 1;
        assertError(call("foo", "decrypt", XksBodies.decrypt(sealed, AAD).add("ciphertext", b64(ciphertext))), 400,
                "InvalidCiphertextException");
        assertError(call("foo", "decrypt", XksBodies.decrypt(sealed, AAD).add("initializationVector", b64(new byte[12]))),
                400, "InvalidCiphertextException");
    }

    @Test
    void aKeyOfAnotherStoreWithTheSameIdCannotDecrypt() {
        JsonObject sealed = encrypt("foo", PLAINTEXT, null);
        HttpResponse<String> response = proxy.caller.post(ProxyFixture.SECOND_PREFIX + "/kms/xks/v1/keys/foo/decrypt",
                XksBodies.decrypt(sealed, null).build().toString(), proxy.otherStoreCredential);
        assertError(response, 400, "InvalidCiphertextException");
    }

    @Test
    void keysWithoutTheUsageOrDisabledAreRefused() {
        JsonObject sealed = encrypt("encrypt-only", PLAINTEXT, null);
        assertError(call("encrypt-only", "decrypt", XksBodies.decrypt(sealed, null)), 400, "InvalidKeyUsageException");
        assertError(call("encrypt-only", "encrypt", XksBodies.encrypt(PLAINTEXT)
                .add("ciphertextDataIntegrityValueAlgorithm", "SHA_256")), 400, "InvalidKeyUsageException");
        assertError(call("decrypt-only", "encrypt", XksBodies.encrypt(PLAINTEXT)), 400, "InvalidKeyUsageException");
        assertError(call("decrypt-only", "decrypt", XksBodies.decrypt(sealed, null)), 400, "InvalidCiphertextException");
        assertError(call("no-usage", "encrypt", XksBodies.encrypt(PLAINTEXT)), 400, "InvalidKeyUsageException");
        assertError(call("no-usage", "decrypt", XksBodies.decrypt(sealed, null)), 400, "InvalidKeyUsageException");
        assertError(call("disabled", "encrypt", XksBodies.encrypt(PLAINTEXT)), 400, "InvalidStateException");
        assertError(call("disabled", "decrypt", XksBodies.decrypt(sealed, null)), 400, "InvalidStateException");
    }

    @Test
    void aKeyDisabledInTheEkmStopsDecryptingUntilEnabledAgain() {
        JsonObject sealed = encrypt("foo", PLAINTEXT, null);
        proxy.server.setKeyStatus(ProxyFixture.PREFIX, "foo", false);
        try {
            assertError(call("foo", "decrypt", XksBodies.decrypt(sealed, null)), 400, "InvalidStateException");
        } finally {
            proxy.server.setKeyStatus(ProxyFixture.PREFIX, "foo", true);
        }
        assertOk(call("foo", "decrypt", XksBodies.decrypt(sealed, null)));
    }

    @Test
    void observersSeeEveryDecodedRequest() {
        byte[] secret = "a caller's secret plaintext".getBytes(StandardCharsets.UTF_8);
        List<ObservedRequest> seen = new CopyOnWriteArrayList<>();
        Consumer<ObservedRequest> observer = seen::add;
        proxy.server.addRequestObserver(observer);
        try {
            encrypt("foo", secret, AAD);
            call("non_existing_key", "encrypt", XksBodies.encrypt(PLAINTEXT));
        } finally {
            proxy.server.removeRequestObserver(observer);
        }
        assertEquals(2, seen.size());
        ObservedRequest first = seen.get(0);
        assertEquals(XksOperation.ENCRYPT, first.operation());
        assertEquals("foo", first.keyId());
        assertEquals(ProxyFixture.PREFIX, first.uriPrefix());
        assertArrayEquals(secret, first.plaintext().orElseThrow());
        assertArrayEquals(AAD, first.additionalAuthenticatedData().orElseThrow());
        assertTrue(first.contains(secret));
        assertEquals(200, first.responseStatus());
        assertFalse(first.header("authorization").isEmpty());
        assertFalse(seen.get(1).contains(secret));
        assertEquals("KeyNotFoundException", seen.get(1).errorName().orElseThrow());
    }
}
