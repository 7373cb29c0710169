package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * What an SDK never sends: raw HTTP requests without a signature, with malformed JSON or with an
 * unknown operation (KMS-SPEC §1.2). Signed requests use the AWS SDK's own SigV4 signer, and a valid
 * signed call is checked first so that a broken signer cannot pass the error tests by accident.
 */
@RegionTest
@Order(3)
class JsonProtocolIT {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private static URI endpoint;

    @BeforeAll
    static void connect(URI regionUri) {
        endpoint = regionUri;
    }

    @Test
    void signedRawRequestSucceeds() throws Exception {
        HttpResponse<String> response = KmsClients.signed(endpoint, "ListKeys", "{\"Limit\":1}");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-amz-json-1.1"),
                "Content-Type " + response.headers().firstValue("Content-Type"));
        assertTrue(JsonNode.parser().parse(response.body()).asObject().containsKey("Keys"), response.body());
        assertRequestId(response);
    }

    @Test
    void unsignedRequestIsMissingAuthenticationToken() throws Exception {
        HttpResponse<String> response = KmsClients.unsigned(endpoint, "ListKeys", "{}");
        assertError(response, 403, "MissingAuthenticationTokenException");
    }

    @Test
    void authorizationWithoutSignatureIsIncompleteSignature() throws Exception {
        String amzDate = AMZ_DATE.format(Instant.now().atOffset(ZoneOffset.UTC));
        String authorization = "AWS4-HMAC-SHA256 Credential=" + TestRegion.ACCESS_KEY_ID + "/" + amzDate.substring(0, 8)
                + "/" + TestRegion.REGION + "/kms/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target";
        HttpResponse<String> response = KmsClients.withAuthorization(endpoint, "ListKeys", "{}", authorization, amzDate);
        assertError(response, 400, "IncompleteSignatureException");
        assertTrue(response.body().contains("Signature"), "the message names the missing part: " + response.body());
    }

    @Test
    void bodyAlteredAfterSigningIsInvalidSignature() throws Exception {
        HttpResponse<String> response = KmsClients.signedButSent(endpoint, "ListKeys", "{\"Limit\":1}", "{\"Limit\":2}");
        assertError(response, 400, "InvalidSignatureException");
    }

    @Test
    void malformedJsonIsSerializationException() throws Exception {
        HttpResponse<String> response = KmsClients.signed(endpoint, "DescribeKey", "{\"KeyId\": ");
        assertError(response, 400, "SerializationException");
    }

    @Test
    void unknownTargetIsUnknownOperation() throws Exception {
        HttpResponse<String> response = KmsClients.signed(endpoint, "BrewCoffee", "{}");
        assertError(response, 400, "UnknownOperationException");
    }

    @Test
    void missingKeyIdIsValidationExceptionNamingTheField() throws Exception {
        HttpResponse<String> response = KmsClients.signed(endpoint, "DescribeKey", "{}");
        assertError(response, 400, "ValidationException");
        assertTrue(response.body().contains("keyId") || response.body().contains("KeyId"), response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        var body = JsonNode.parser().parse(response.body()).asObject();
        String actualType = body.get("__type").text();
        assertEquals(type, actualType.substring(actualType.indexOf('#') + 1), response.body());
        JsonNode message = body.containsKey("message") ? body.get("message") : body.get("Message");
        assertTrue(message != null && message.isString() && !message.text().isBlank(), "no message: " + response.body());
        assertRequestId(response);
    }

    private static void assertRequestId(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElse("");
        assertFalse(requestId.isBlank(), "no x-amzn-RequestId header");
    }
}
