package io.strongroom.infrastructure.xks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.auth.SigV4Verifier;
import io.strongroom.application.auth.SignedRequest;
import io.strongroom.infrastructure.xks.ScriptedProxy.Answer;
import io.strongroom.infrastructure.xks.ScriptedProxy.Received;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client against a scripted proxy over loopback HTTP: what it sends (path, body, a signature
 * the verifier accepts), what it makes of every answer the XKS specification allows or forbids,
 * and that messages never carry the secret or a payload.
 */
class XksProxyClientTest {

    static final String ACCESS_KEY_ID = "AKIAXKSTESTACCESSKEY2";
    static final String SECRET = "K7EjcOzUMrNSqAkQh+kb0Uq8N4TwR1ZkJ3uFQZyFCkA=";
    static final String PATH = "/example/prefix/kms/xks/v1";
    static final String STORE = "cks-0123456789abcdef0";
    static final XksRequestMetadata HEALTH_METADATA =
            new XksRequestMetadata(null, null, "CreateCustomKeyStore", "9f0b3c0e-7d5e-4b8e-a8a3-2f6f0c0d1e2f");
    static final XksRequestMetadata ENCRYPT_METADATA = new XksRequestMetadata("arn:aws:iam::111122223333:user/alice",
            "arn:aws:kms:us-east-1:111122223333:key/0b5f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "Encrypt", "req-1");
    static final String HEALTHY = "{\"xksProxyFleetSize\":2,\"xksProxyVendor\":\"Strongroom\",\"xksProxyModel\":\"test\","
            + "\"ekmVendor\":\"Soft\",\"ekmFleetDetails\":[{\"id\":\"ekm-1\",\"model\":\"soft\",\"healthStatus\":\"ACTIVE\"}]}";

    private final XksProxyMetrics metrics = new XksProxyMetrics();
    private final XksProxyClient client = client(Duration.ofSeconds(5));
    private ScriptedProxy proxy;

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void healthSendsASignedRequestAndReadsTheReport() throws Exception {
        proxy = ScriptedProxy.start(request -> Answer.ok(HEALTHY));
        XksHealthReport report = client.health(target(proxy), HEALTH_METADATA);

        assertEquals(2, report.xksProxyFleetSize());
        assertEquals(List.of(new XksHealthReport.EkmStatus("ekm-1", "soft", "ACTIVE")), report.ekmFleetDetails());
        Received sent = proxy.received().get(0);
        assertEquals(PATH + "/health", sent.path());
        assertEquals(List.of("application/json"), sent.headers().get("Content-type"));
        JsonObject body = json(sent.bodyText());
        assertEquals(Json.createObjectBuilder().add("kmsOperation", "CreateCustomKeyStore")
                .add("kmsRequestId", HEALTH_METADATA.kmsRequestId()).build(), body.getJsonObject("requestMetadata"));
        verifySignature(sent);
        String authorization = sent.headers().get("Authorization").get(0);
        assertTrue(authorization.contains("/us-east-1/kms-xks-proxy/aws4_request, SignedHeaders=host;x-amz-date,"),
                authorization);
        assertEquals(1, metrics.figures(STORE).calls());
    }

    @Test
    void degradedEkmsAreReportedAndEveryEkmUnavailableFails() throws Exception {
        proxy = ScriptedProxy.start(request -> Answer.ok(health("DEGRADED", "ACTIVE")));
        assertTrue(client.health(target(proxy), HEALTH_METADATA).degraded());

        proxy.script(request -> Answer.ok(health("UNAVAILABLE", "UNAVAILABLE")));
        XksProxyException failure = assertThrows(XksProxyException.class, () -> client.health(target(proxy), HEALTH_METADATA));
        assertEquals(XksProxyFailure.ALL_EKMS_UNAVAILABLE, failure.failure());
        assertEquals("XKS_PROXY_NOT_REACHABLE", failure.connectionErrorCode());
        assertEquals(1L, metrics.figures(STORE).errorsByFailure().get("AllEkmsUnavailable"));
    }

    static Stream<Arguments> proxyErrors() {
        return Stream.of(
                Arguments.of(400, "ValidationException", XksProxyFailure.VALIDATION, "XKS_PROXY_INVALID_RESPONSE"),
                Arguments.of(400, "InvalidStateException", XksProxyFailure.INVALID_STATE, "XKS_PROXY_INVALID_RESPONSE"),
                Arguments.of(401, "AuthenticationFailedException", XksProxyFailure.AUTHENTICATION_FAILED, "INVALID_CREDENTIALS"),
                Arguments.of(403, "AccessDeniedException", XksProxyFailure.ACCESS_DENIED, "XKS_PROXY_ACCESS_DENIED"),
                Arguments.of(404, "InvalidUriPathException", XksProxyFailure.INVALID_URI_PATH, "XKS_PROXY_INVALID_CONFIGURATION"),
                Arguments.of(404, "KeyNotFoundException", XksProxyFailure.KEY_NOT_FOUND, "XKS_PROXY_INVALID_RESPONSE"),
                Arguments.of(429, "ThrottlingException", XksProxyFailure.THROTTLING, "XKS_PROXY_TIMED_OUT"),
                Arguments.of(500, "InternalException", XksProxyFailure.INTERNAL, "XKS_PROXY_INVALID_RESPONSE"),
                Arguments.of(501, "UnsupportedOperationException", XksProxyFailure.UNSUPPORTED_OPERATION, "XKS_PROXY_INVALID_RESPONSE"),
                Arguments.of(503, "DependencyTimeoutException", XksProxyFailure.DEPENDENCY_TIMEOUT, "XKS_PROXY_TIMED_OUT"),
                Arguments.of(404, "NoSuchThing", XksProxyFailure.MALFORMED_RESPONSE, "XKS_PROXY_INVALID_RESPONSE"));
    }

    @ParameterizedTest
    @MethodSource("proxyErrors")
    void theProxysErrorNameDecidesTheFailure(int status, String errorName, XksProxyFailure expected, String code)
            throws Exception {
        proxy = ScriptedProxy.start(request -> Answer.error(status,
                "{\"errorName\":\"" + errorName + "\",\"errorMessage\":\"" + SECRET + "\"}"));
        XksProxyException failure = assertThrows(XksProxyException.class, () -> client.health(target(proxy), HEALTH_METADATA));
        assertEquals(expected, failure.failure());
        assertEquals(code, failure.connectionErrorCode());
        assertFalse(failure.getMessage().contains(SECRET), "the proxy's errorMessage is not repeated");
        assertEquals(1L, metrics.figures(STORE).errorsByFailure().get(expected.label()));
    }

    static Stream<Arguments> malformedHealth() {
        return Stream.of(
                Arguments.of(200, "not json"),
                Arguments.of(200, "[]"),
                Arguments.of(200, "{\"xksProxyFleetSize\":0,\"xksProxyVendor\":\"v\",\"xksProxyModel\":\"m\",\"ekmVendor\":\"e\","
                        + "\"ekmFleetDetails\":[{\"id\":\"1\",\"model\":\"m\",\"healthStatus\":\"ACTIVE\"}]}"),
                Arguments.of(200, "{\"xksProxyVendor\":\"v\",\"xksProxyModel\":\"m\",\"ekmVendor\":\"e\","
                        + "\"ekmFleetDetails\":[{\"id\":\"1\",\"model\":\"m\",\"healthStatus\":\"ACTIVE\"}]}"),
                Arguments.of(200, "{\"xksProxyFleetSize\":1,\"xksProxyVendor\":\"v\",\"xksProxyModel\":\"m\",\"ekmVendor\":\"e\","
                        + "\"ekmFleetDetails\":[]}"),
                Arguments.of(200, health("ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE",
                        "ACTIVE", "ACTIVE", "ACTIVE")),
                Arguments.of(200, health("HAPPY")),
                Arguments.of(200, "{\"xksProxyFleetSize\":1,\"xksProxyModel\":\"m\",\"ekmVendor\":\"e\","
                        + "\"ekmFleetDetails\":[{\"id\":\"1\",\"model\":\"m\",\"healthStatus\":\"ACTIVE\"}]}"),
                Arguments.of(404, "<html>Not Found</html>"),
                Arguments.of(200, "{\"pad\":\"" + "x".repeat(XksTransport.MAX_ANSWER_BYTES) + "\"}"));
    }

    @ParameterizedTest
    @MethodSource("malformedHealth")
    void answersAgainstTheSpecificationAreMalformed(int status, String answer) throws Exception {
        proxy = ScriptedProxy.start(request -> Answer.error(status, answer));
        XksProxyException failure = assertThrows(XksProxyException.class, () -> client.health(target(proxy), HEALTH_METADATA));
        assertEquals(XksProxyFailure.MALFORMED_RESPONSE, failure.failure());
        assertEquals("XKS_PROXY_INVALID_RESPONSE", failure.connectionErrorCode());
        assertTrue(failure.getMessage().startsWith("The XKS proxy of " + STORE + " at " + proxy.endpoint() + PATH),
                failure.getMessage());
    }

    @Test
    void keyMetadataIsRead() throws Exception {
        proxy = ScriptedProxy.start(request -> Answer.ok(
                "{\"keySpec\":\"AES_256\",\"keyUsage\":[\"ENCRYPT\",\"DECRYPT\",\"WRAP\"],\"keyStatus\":\"ENABLED\"}"));
        XksKeyDescription key = client.keyMetadata(target(proxy), "key-01.a_b", ENCRYPT_METADATA);
        assertTrue(key.usableForNewKey());
        assertEquals(PATH + "/keys/key-01.a_b/metadata", proxy.received().get(0).path());

        proxy.script(request -> Answer.ok("{\"keySpec\":\"AES_256\",\"keyUsage\":\"ENCRYPT\",\"keyStatus\":\"ENABLED\"}"));
        assertEquals(XksProxyFailure.MALFORMED_RESPONSE, assertThrows(XksProxyException.class,
                () -> client.keyMetadata(target(proxy), "key-01", ENCRYPT_METADATA)).failure());
        assertThrows(IllegalArgumentException.class, () -> client.keyMetadata(target(proxy), "../health", ENCRYPT_METADATA));
    }

    @Test
    void encryptAndDecryptRoundTrip() throws Exception {
        proxy = ScriptedProxy.start(GcmProxy.answering(Function.identity()));
        byte[] plaintext = "strongroom ciphertext, never a caller's plaintext".getBytes(StandardCharsets.UTF_8);
        byte[] aad = "aad".getBytes(StandardCharsets.UTF_8);

        XksCiphertext sealed = client.encrypt(target(proxy), "key-1", ENCRYPT_METADATA, plaintext, aad);
        assertEquals(plaintext.length, sealed.ciphertext().length);
        assertArrayEquals(plaintext, client.decrypt(target(proxy), "key-1", ENCRYPT_METADATA, sealed, aad));

        JsonObject encryptRequest = json(proxy.received().get(0).bodyText());
        assertEquals("AES_GCM", encryptRequest.getString("encryptionAlgorithm"));
        assertEquals("SHA_256", encryptRequest.getString("ciphertextDataIntegrityValueAlgorithm"));
        assertEquals(ENCRYPT_METADATA.kmsKeyArn(), encryptRequest.getJsonObject("requestMetadata").getString("kmsKeyArn"));
        assertEquals(PATH + "/keys/key-1/decrypt", proxy.received().get(1).path());
        verifySignature(proxy.received().get(1));
    }

    static Stream<Arguments> malformedEncryptAnswers() {
        return Stream.of(
                Arguments.of("ciphertext one byte short", (Function<JsonObject, JsonObject>) a -> with(a, "ciphertext", shorter(a, "ciphertext"))),
                Arguments.of("tag of 15 bytes", (Function<JsonObject, JsonObject>) a -> with(a, "authenticationTag", shorter(a, "authenticationTag"))),
                Arguments.of("iv of 8 bytes", (Function<JsonObject, JsonObject>) a -> with(a, "initializationVector", b64(new byte[8]))),
                Arguments.of("iv missing", (Function<JsonObject, JsonObject>) a -> without(a, "initializationVector")),
                Arguments.of("integrity value missing", (Function<JsonObject, JsonObject>) a -> without(a, "ciphertextDataIntegrityValue")),
                Arguments.of("integrity value wrong", (Function<JsonObject, JsonObject>) a -> with(a, "ciphertextDataIntegrityValue", b64(new byte[32]))),
                Arguments.of("metadata of 21 bytes", (Function<JsonObject, JsonObject>) a -> with(a, "ciphertextMetadata", b64(new byte[21]))),
                Arguments.of("ciphertext not base64", (Function<JsonObject, JsonObject>) a -> with(a, "ciphertext", "%%%")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEncryptAnswers")
    void encryptAnswersAgainstTheSpecificationAreMalformed(String what, Function<JsonObject, JsonObject> damage)
            throws Exception {
        proxy = ScriptedProxy.start(GcmProxy.answering(damage));
        byte[] plaintext = new byte[48];
        XksProxyException failure = assertThrows(XksProxyException.class,
                () -> client.encrypt(target(proxy), "key-1", ENCRYPT_METADATA, plaintext, null));
        assertEquals(XksProxyFailure.MALFORMED_RESPONSE, failure.failure(), failure.getMessage());
    }

    @Test
    void aDecryptAnswerOfTheWrongLengthIsMalformed() throws Exception {
        proxy = ScriptedProxy.start(request -> Answer.ok("{\"plaintext\":\"" + b64(new byte[10]) + "\"}"));
        XksCiphertext sealed = new XksCiphertext(new byte[11], new byte[12], new byte[16], null);
        assertEquals(XksProxyFailure.MALFORMED_RESPONSE, assertThrows(XksProxyException.class,
                () -> client.decrypt(target(proxy), "key-1", ENCRYPT_METADATA, sealed, null)).failure());
    }

    @Test
    void theSpecificationsIntegrityValueVector() {
        byte[] digest = XksProxyClient.integrityValue(
                "project=nile,department=marketing".getBytes(StandardCharsets.UTF_8),
                "key_version=1".getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode("HMrlRw85cAJUd5Ax"), Base64.getDecoder().decode("ghxkK1txeDNn3q8Y"),
                Base64.getDecoder().decode("vBxN2ncH1oEkR8WVXpmyYQ=="));
        assertEquals("qHA/ImC9h5HsLRXqCyPmWgYx7tzyoTplzILbP0fPXsc=", b64(digest));
    }

    @Test
    void connectionsAreReusedAndRenewedWhenTheEndpointOrAccessKeyChanges() throws Exception {
        proxy = ScriptedProxy.start(request -> Answer.ok(HEALTHY));
        client.health(target(proxy), HEALTH_METADATA);
        client.health(target(proxy), HEALTH_METADATA);
        XksProxyTarget renamedHost = new XksProxyTarget(STORE, "http://localhost:" + proxy.port(), PATH, ACCESS_KEY_ID,
                SECRET.getBytes(StandardCharsets.US_ASCII));
        client.health(renamedHost, HEALTH_METADATA);
        XksProxyTarget rotated = new XksProxyTarget(STORE, "http://localhost:" + proxy.port(), PATH,
                "AKIAXKSROTATEDACCESS", SECRET.getBytes(StandardCharsets.US_ASCII));
        client.health(rotated, HEALTH_METADATA);

        List<Integer> ports = proxy.received().stream().map(Received::sourcePort).toList();
        assertEquals(ports.get(0), ports.get(1), "the second call reuses the first connection");
        assertNotEquals(ports.get(1), ports.get(2), "a new endpoint gets a new connection");
        assertNotEquals(ports.get(2), ports.get(3), "a new access key gets a new connection");
    }

    @Test
    void aSlowProxyTimesOut() throws Exception {
        proxy = ScriptedProxy.start(request -> new Answer(200, HEALTHY, Duration.ofSeconds(3)));
        XksProxyException failure = assertThrows(XksProxyException.class,
                () -> client(Duration.ofMillis(200)).health(target(proxy), HEALTH_METADATA));
        assertEquals(XksProxyFailure.TIMED_OUT, failure.failure());
        assertEquals("XKS_PROXY_TIMED_OUT", failure.connectionErrorCode());
        assertTrue(failure.getMessage().endsWith("did not answer within 200 ms"), failure.getMessage());
    }

    @Test
    void aProxyThatAcceptsButNeverAnswersTimesOut() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            XksProxyTarget target = new XksProxyTarget(STORE, "http://127.0.0.1:" + silent.getLocalPort(), PATH,
                    ACCESS_KEY_ID, SECRET.getBytes(StandardCharsets.US_ASCII));
            assertEquals(XksProxyFailure.TIMED_OUT, assertThrows(XksProxyException.class,
                    () -> client(Duration.ofMillis(200)).health(target, HEALTH_METADATA)).failure());
        }
    }

    @Test
    void aClosedPortIsNotReachable() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        XksProxyTarget target = new XksProxyTarget(STORE, "http://127.0.0.1:" + port, PATH, ACCESS_KEY_ID,
                SECRET.getBytes(StandardCharsets.US_ASCII));
        XksProxyException failure = assertThrows(XksProxyException.class, () -> client.health(target, HEALTH_METADATA));
        assertEquals(XksProxyFailure.NOT_REACHABLE, failure.failure());
        assertEquals("XKS_PROXY_NOT_REACHABLE", failure.connectionErrorCode());
        assertEquals(1L, metrics.figures(STORE).errorsByFailure().get("ConnectionFailed"));
    }

    @Test
    void noMessageCarriesTheSecretOrAPayload() throws Exception {
        byte[] plaintext = "payload-that-must-stay-out-of-messages".getBytes(StandardCharsets.UTF_8);
        proxy = ScriptedProxy.start(GcmProxy.answering(a -> with(a, "ciphertext", shorter(a, "ciphertext"))));
        List<String> messages = new java.util.ArrayList<>();
        messages.add(assertThrows(XksProxyException.class,
                () -> client.encrypt(target(proxy), "key-1", ENCRYPT_METADATA, plaintext, null)).getMessage());
        proxy.script(request -> Answer.error(401, "{\"errorName\":\"AuthenticationFailedException\"}"));
        messages.add(assertThrows(XksProxyException.class,
                () -> client.encrypt(target(proxy), "key-1", ENCRYPT_METADATA, plaintext, null)).getMessage());
        for (String message : messages) {
            assertFalse(message.contains(SECRET), message);
            assertFalse(message.contains(b64(plaintext)), message);
            assertFalse(message.contains(new String(plaintext, StandardCharsets.UTF_8)), message);
        }
    }

    XksProxyClient client(Duration budget) {
        return new XksProxyClient(new XksTransport(XksProxyClientTest::defaultTls, budget, "us-east-1", metrics));
    }

    static XksProxyTarget target(ScriptedProxy proxy) {
        return new XksProxyTarget(STORE, proxy.endpoint(), PATH, ACCESS_KEY_ID, SECRET.getBytes(StandardCharsets.US_ASCII));
    }

    static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request as received verifies with the secret: the signature covers the bytes sent. */
    static void verifySignature(Received sent) {
        SignedRequest request = new SignedRequest("POST", sent.path(), null, sent.headers(), sent.body());
        SigV4Verifier verifier = new SigV4Verifier("kms-xks-proxy", "us-east-1", Clock.systemUTC());
        verifier.verify(request, verifier.parse(request), SECRET.getBytes(StandardCharsets.US_ASCII));
    }

    static String health(String... statuses) {
        StringBuilder ekms = new StringBuilder();
        for (int i = 0; i < statuses.length; i++) {
            ekms.append(i == 0 ? "" : ",").append("{\"id\":\"ekm-").append(i).append("\",\"model\":\"soft\",\"healthStatus\":\"")
                    .append(statuses[i]).append("\"}");
        }
        return "{\"xksProxyFleetSize\":1,\"xksProxyVendor\":\"v\",\"xksProxyModel\":\"m\",\"ekmVendor\":\"e\","
                + "\"ekmFleetDetails\":[" + ekms + "]}";
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static JsonObject with(JsonObject answer, String member, String value) {
        return Json.createObjectBuilder(answer).add(member, value).build();
    }

    static JsonObject without(JsonObject answer, String member) {
        return Json.createObjectBuilder(answer).remove(member).build();
    }

    static String shorter(JsonObject answer, String member) {
        byte[] bytes = Base64.getDecoder().decode(answer.getString(member));
        return b64(java.util.Arrays.copyOf(bytes, bytes.length - 1));
    }
}
