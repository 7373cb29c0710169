package io.strongroom.application.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A KMS-shaped request (headers as the AWS CLI sends them) signed with a correct signature, then
 * altered one way at a time: only changes to what the signature covers may be refused.
 */
class KmsSignatureTest {

    private static final byte[] SECRET = "kms-test-secret-access-key".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T08:57:33Z");
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final SigV4Verifier verifier = SigV4Verifier.forKms("us-east-1", Clock.fixed(NOW, ZoneOffset.UTC));

    private Map<String, List<String>> headers;
    private String body = "{\"KeyId\": \"alias/foo\"}";

    KmsSignatureTest() {
        headers = baseHeaders(NOW);
    }

    @Test
    void acceptsACorrectlySignedRequest() {
        assertAccepted(sign("20261123", "kms"));
    }

    @Test
    void refusesATamperedBody() {
        sign("20261123", "kms");
        body = "{\"KeyId\": \"alias/bar\"}";
        assertRefused(KmsError.InvalidSignatureException, current());
    }

    @Test
    void refusesATamperedSignedHeader() {
        sign("20261123", "kms");
        headers.put("X-Amz-Target", List.of("TrentService.ScheduleKeyDeletion"));
        assertRefused(KmsError.InvalidSignatureException, current());
    }

    @Test
    void ignoresHeadersOutsideSignedHeaders() {
        sign("20261123", "kms");
        headers.put("User-Agent", List.of("something else"));
        headers.put("X-Forwarded-For", List.of("10.0.0.1"));
        assertAccepted(current());
    }

    @Test
    void acceptsSkewWithinFiveMinutes() {
        headers = baseHeaders(NOW.minus(Duration.ofMinutes(4)));
        assertAccepted(sign("20261123", "kms"));
        headers = baseHeaders(NOW.plus(Duration.ofMinutes(4)));
        assertAccepted(sign("20261123", "kms"));
    }

    @Test
    void refusesSkewOverFiveMinutes() {
        headers = baseHeaders(NOW.minus(Duration.ofMinutes(6)));
        KmsException past = assertRefused(KmsError.InvalidSignatureException, sign("20261123", "kms"));
        assertEquals("Signature expired: 20261123T085133Z is now earlier than 20261123T085233Z "
                + "(20261123T085733Z - 5 min.)", past.getMessage());

        headers = baseHeaders(NOW.plus(Duration.ofMinutes(6)));
        KmsException future = assertRefused(KmsError.InvalidSignatureException, sign("20261123", "kms"));
        assertTrue(future.getMessage().startsWith("Signature not yet current: 20261123T090333Z is still later than"));
    }

    @Test
    void refusesAScopeDateOtherThanTheRequestDate() {
        KmsException e = assertRefused(KmsError.InvalidSignatureException, sign("20261122", "kms"));
        assertTrue(e.getMessage().startsWith("Date in Credential scope does not match"));
    }

    @Test
    void refusesAnotherServiceOrRegion() {
        assertRefused(KmsError.InvalidSignatureException, sign("20261123", "s3"));
        SigV4Verifier otherRegion = SigV4Verifier.forKms("eu-west-1", Clock.fixed(NOW, ZoneOffset.UTC));
        SignedRequest request = sign("20261123", "kms");
        KmsException e = assertThrows(KmsException.class, () -> otherRegion.parse(request));
        assertEquals(KmsError.InvalidSignatureException, e.error());
    }

    @Test
    void refusesAMissingAuthorizationHeader() {
        KmsException e = assertRefused(KmsError.MissingAuthenticationTokenException, rebuiltWithout("Authorization"));
        assertEquals("Missing Authentication Token", e.getMessage());
        assertEquals(403, e.error().httpStatus());
    }

    @Test
    void namesTheMissingPartsOfAnIncompleteSignature() {
        headers.put("Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIDKMS/20261123/us-east-1/kms/aws4_request"));
        KmsException e = assertRefused(KmsError.IncompleteSignatureException, current());
        assertTrue(e.getMessage().contains("'SignedHeaders'"), e.getMessage());
        assertTrue(e.getMessage().contains("'Signature'"), e.getMessage());
        assertTrue(!e.getMessage().contains("'Credential'"), e.getMessage());
    }

    @Test
    void refusesAMissingAmzDate() {
        sign("20261123", "kms");
        headers.remove("X-Amz-Date");
        KmsException e = assertRefused(KmsError.IncompleteSignatureException, current());
        assertTrue(e.getMessage().contains("X-Amz-Date"));
    }

    @Test
    void refusesMalformedHeaders() {
        for (String malformed : List.of("AWS4-HMAC-SHA256", "Bearer abc",
                "AWS4-HMAC-SHA256 Credential=AKIDKMS/20261123/us-east-1/kms, SignedHeaders=host, Signature=00",
                "AWS4-HMAC-SHA256 Credential=AKIDKMS/20261123/us-east-1/kms/aws4_request, SignedHeaders=x-amz-date, Signature=00",
                "AWS4-HMAC-SHA256 Credential, SignedHeaders=host, Signature=00")) {
            headers.put("Authorization", List.of(malformed));
            assertRefused(KmsError.IncompleteSignatureException, current());
        }
    }

    @Test
    void refusesAnUnsignedOrMismatchingPayloadHash() {
        headers.put("X-Amz-Content-Sha256", List.of("UNSIGNED-PAYLOAD"));
        assertRefused(KmsError.InvalidSignatureException, sign("20261123", "kms"));
        headers.put("X-Amz-Content-Sha256", List.of(SigV4Verifier.sha256Hex("{}".getBytes(StandardCharsets.UTF_8))));
        assertRefused(KmsError.InvalidSignatureException, sign("20261123", "kms"));
        headers.put("X-Amz-Content-Sha256", List.of(SigV4Verifier.sha256Hex(body.getBytes(StandardCharsets.UTF_8))));
        assertAccepted(sign("20261123", "kms"));
    }

    private void assertAccepted(SignedRequest request) {
        assertDoesNotThrow(() -> verifier.verify(request, verifier.parse(request), SECRET));
    }

    private KmsException assertRefused(KmsError expected, SignedRequest request) {
        Executable check = () -> verifier.verify(request, verifier.parse(request), SECRET);
        KmsException e = assertThrows(KmsException.class, check);
        assertEquals(expected, e.error(), e.getMessage());
        return e;
    }

    /** Signs the current headers and body as an SDK would, with the given scope date and service. */
    private SignedRequest sign(String scopeDate, String service) {
        String signedHeaders = "content-type;host;x-amz-date;x-amz-target";
        SigV4Authorization authorization = new SigV4Authorization("AKIDKMS", scopeDate, "us-east-1", service,
                List.of(signedHeaders.split(";")), "", headers.get("X-Amz-Date").get(0), NOW);
        String signature = verifier.signature(current(), authorization, SECRET);
        headers.put("Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIDKMS/" + scopeDate + "/us-east-1/"
                + service + "/aws4_request, SignedHeaders=" + signedHeaders + ", Signature=" + signature));
        return current();
    }

    /** The request as its headers and body now stand. */
    private SignedRequest current() {
        return new SignedRequest("POST", "/", null, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private SignedRequest rebuiltWithout(String header) {
        headers.remove(header);
        return current();
    }

    private static Map<String, List<String>> baseHeaders(Instant time) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Target", new ArrayList<>(List.of("TrentService.DescribeKey")));
        headers.put("Content-Type", new ArrayList<>(List.of("application/x-amz-json-1.1")));
        headers.put("X-Amz-Date", new ArrayList<>(List.of(AMZ_DATE.format(time))));
        headers.put("Host", new ArrayList<>(List.of("localhost:8080")));
        headers.put("User-Agent", new ArrayList<>(List.of("aws-cli/2")));
        return headers;
    }
}
