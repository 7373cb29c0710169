package io.strongroom.xksproxy.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.xksproxy.Curl;
import io.strongroom.xksproxy.ProxyFixture;
import io.strongroom.xksproxy.XksBodies;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.pki.Pem;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the conformance client's own calls: curl --aws-sigv4 over TLS, the body as the last line,
 * judged by the same kind of pattern the client's scripts use.
 */
class CurlConformanceTest {

    private static final String PLAINTEXT = "cGxhaW50ZXh0Cg==";
    private static final String AAD = "cHJvamVjdD1uaWxlLGRlcGFydG1lbnQ9bWFya2V0aW5n";
    private static ProxyFixture proxy;
    private static Path caFile;

    @BeforeAll
    static void start() throws Exception {
        Curl.assumeInstalled();
        proxy = new ProxyFixture();
        caFile = Files.createTempFile("xks-test-ca", ".pem");
        Pem.writeCertificates(caFile, List.of(proxy.ca.certificate()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
            Files.deleteIfExists(caFile);
        }
    }

    private static Curl.Result curl(String target, String json, XksCredential credential) throws Exception {
        return Curl.post(proxy.server.endpoint() + ProxyFixture.API + "/" + target, json, credential, "us-east-1",
                List.of("--cacert", caFile.toString()));
    }

    private static String requestMetadata(String operation) {
        return "{\"awsPrincipalArn\":\"" + XksBodies.PRINCIPAL + "\",\"kmsKeyArn\":\"" + XksBodies.KEY_ARN
                + "\",\"kmsOperation\":\"" + operation + "\",\"kmsRequestId\":\"" + java.util.UUID.randomUUID() + "\"}";
    }

    @Test
    void health() throws Exception {
        Curl.Result result = curl("health", "{\"requestMetadata\":{\"kmsRequestId\":\"" + java.util.UUID.randomUUID()
                + "\",\"kmsOperation\":\"KmsHealthCheck\"}}", proxy.credential);
        assertTrue(result.body().contains("\"healthStatus\":"), result.output());
        assertEquals(200, result.status());
    }

    @Test
    void authenticationFailuresAndValidationErrorsAreSingleLineJson() throws Exception {
        XksCredential invalidSecret = new XksCredential(proxy.credential.accessKeyId(),
                "Invalid" + proxy.credential.secretAccessKey());
        Curl.Result badSecret = curl("health", "{\"requestMetadata\":{\"kmsRequestId\":\"r\",\"kmsOperation\":\"x\"}}",
                invalidSecret);
        assertEquals(401, badSecret.status());
        assertTrue(badSecret.body().matches("\\{\"errorName\":\"AuthenticationFailedException\",.*}"), badSecret.output());
        Curl.Result empty = curl("health", "{}", proxy.credential);
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("\"errorName\":\"ValidationException\""), empty.output());
    }

    @Test
    void encryptDecryptWithAadAndCdiv() throws Exception {
        Curl.Result encrypted = curl("keys/foo/encrypt", "{\"requestMetadata\":" + requestMetadata("Encrypt")
                + ",\"additionalAuthenticatedData\":\"" + AAD + "\",\"plaintext\":\"" + PLAINTEXT
                + "\",\"encryptionAlgorithm\":\"AES_GCM\",\"ciphertextDataIntegrityValueAlgorithm\":\"SHA_256\"}",
                proxy.credential);
        assertTrue(encrypted.body().contains("\"ciphertext\":"), encrypted.output());
        JsonObject sealed = XksBodies.parse(encrypted.body());
        assertTrue(sealed.containsKey("ciphertextDataIntegrityValue"));
        String decryptBody = "{\"requestMetadata\":" + requestMetadata("Decrypt")
                + ",\"additionalAuthenticatedData\":\"" + AAD + "\",\"encryptionAlgorithm\":\"AES_GCM\""
                + ",\"ciphertext\":\"" + sealed.getString("ciphertext") + "\""
                + ",\"ciphertextMetadata\":\"" + sealed.getString("ciphertextMetadata") + "\""
                + ",\"initializationVector\":\"" + sealed.getString("initializationVector") + "\""
                + ",\"authenticationTag\":\"" + sealed.getString("authenticationTag") + "\"}";
        Curl.Result decrypted = curl("keys/foo/decrypt", decryptBody, proxy.credential);
        assertEquals("{\"plaintext\":\"" + PLAINTEXT + "\"}", decrypted.body(), decrypted.output());
        Curl.Result withoutAad = curl("keys/foo/decrypt",
                decryptBody.replace(",\"additionalAuthenticatedData\":\"" + AAD + "\"", ""), proxy.credential);
        assertTrue(withoutAad.body().contains("\"errorName\":\"InvalidCiphertextException\""), withoutAad.output());
    }
}
