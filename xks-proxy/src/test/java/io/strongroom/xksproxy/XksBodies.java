package io.strongroom.xksproxy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Base64;

/** Request bodies shaped like KMS's (KMS-SPEC §5.1), and reading the proxy's replies. */
public final class XksBodies {

    public static final String PRINCIPAL = "arn:aws:iam::111122223333:user/Alice";
    public static final String KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private XksBodies() {
    }

    public static JsonObjectBuilder healthMetadata() {
        return Json.createObjectBuilder().add("kmsRequestId", "4112f4d6-db54-4af4-ae30-c55a22a8dfae")
                .add("kmsOperation", "KmsHealthCheck");
    }

    public static JsonObjectBuilder keyMetadata(String operation) {
        return Json.createObjectBuilder().add("awsPrincipalArn", PRINCIPAL).add("kmsOperation", operation)
                .add("kmsRequestId", "4112f4d6-db54-4af4-ae30-c55a22a8dfae");
    }

    public static JsonObjectBuilder cryptoMetadata(String operation) {
        return keyMetadata(operation).add("kmsKeyArn", KEY_ARN);
    }

    public static String health() {
        return Json.createObjectBuilder().add("requestMetadata", healthMetadata()).build().toString();
    }

    public static String metadata() {
        return Json.createObjectBuilder().add("requestMetadata", keyMetadata("CreateKey")).build().toString();
    }

    public static JsonObjectBuilder encrypt(byte[] plaintext) {
        return Json.createObjectBuilder().add("requestMetadata", cryptoMetadata("Encrypt"))
                .add("plaintext", b64(plaintext)).add("encryptionAlgorithm", "AES_GCM");
    }

    /** A decrypt request returning {@code encrypted} (an encrypt reply) with the given AAD (null: none). */
    public static JsonObjectBuilder decrypt(JsonObject encrypted, byte[] aad) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("requestMetadata", cryptoMetadata("Decrypt"))
                .add("ciphertext", encrypted.getString("ciphertext"))
                .add("encryptionAlgorithm", "AES_GCM")
                .add("initializationVector", encrypted.getString("initializationVector"))
                .add("authenticationTag", encrypted.getString("authenticationTag"));
        if (encrypted.containsKey("ciphertextMetadata")) {
            body.add("ciphertextMetadata", encrypted.getString("ciphertextMetadata"));
        }
        if (aad != null) {
            body.add("additionalAuthenticatedData", b64(aad));
        }
        return body;
    }

    public static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    public static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static byte[] unb64(String text) {
        return Base64.getDecoder().decode(text);
    }
}
