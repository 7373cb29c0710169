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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verifier against the published AWS Signature Version 4 test suite (credentials AKIDEXAMPLE,
 * 2015-08-30T12:36:00Z, us-east-1, service "service"); the expected values are the suite's, not
 * computed by the code under test.
 */
class SigV4VerifierTest {

    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");
    static final String SCOPE = "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";

    private final SigV4Verifier suiteVerifier =
            new SigV4Verifier("service", "us-east-1", Clock.fixed(SUITE_TIME, ZoneOffset.UTC));

    static Stream<Arguments> publishedVectors() {
        return Stream.of(
                Arguments.of("get-vanilla", "GET", "/", "", headers(), "",
                        "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                Arguments.of("get-vanilla-query-order-key-case", "GET", "/", "Param2=value2&Param1=value1", headers(), "",
                        "SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
                Arguments.of("get-unreserved", "GET", "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        "", headers(), "",
                        "SignedHeaders=host;x-amz-date, Signature=07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
                Arguments.of("get-header-value-trim", "GET", "/", "",
                        headers("My-Header1", " value1", "My-Header2", " \"a   b   c\""), "",
                        "SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
                Arguments.of("get-header-key-duplicate", "GET", "/", "",
                        headers("My-Header1", "value2", "My-Header1", "value2", "My-Header1", "value1"), "",
                        "SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"),
                Arguments.of("post-vanilla", "POST", "/", "", headers(), "",
                        "SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
                Arguments.of("post-x-www-form-urlencoded", "POST", "/", "",
                        headers("Content-Type", "application/x-www-form-urlencoded"), "Param1=value1",
                        "SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
                Arguments.of("post-x-www-form-urlencoded-parameters", "POST", "/", "",
                        headers("Content-Type", "application/x-www-form-urlencoded; charset=utf8"), "Param1=value1",
                        "SignedHeaders=content-type;host;x-amz-date, Signature=1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedVectors")
    void acceptsThePublishedSignature(String name, String method, String path, String query,
                                      Map<String, List<String>> headers, String body, String authorization) {
        headers.put("Authorization", List.of("AWS4-HMAC-SHA256 " + SCOPE + authorization));
        SignedRequest request = new SignedRequest(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8));

        SigV4Authorization parsed = suiteVerifier.parse(request);

        assertEquals("AKIDEXAMPLE", parsed.accessKeyId());
        assertDoesNotThrow(() -> suiteVerifier.verify(request, parsed, SECRET.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rebuildsThePublishedCanonicalRequestAndStringToSign() {
        Map<String, List<String>> headers = headers("My-Header1", " value1", "My-Header2", " \"a   b   c\"");
        headers.put("Authorization", List.of("AWS4-HMAC-SHA256 " + SCOPE
                + "SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=00"));
        SignedRequest request = new SignedRequest("GET", "/", null, headers, new byte[0]);
        SigV4Authorization parsed = suiteVerifier.parse(request);

        assertEquals("GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\n"
                        + "x-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                CanonicalRequest.of(request, parsed.signedHeaders(), SigV4Verifier.sha256Hex(new byte[0])));
        assertEquals("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                        + "a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7",
                suiteVerifier.stringToSign(request, parsed));
    }

    @Test
    void refusesTheWrongSecret() {
        Map<String, List<String>> headers = headers();
        headers.put("Authorization", List.of("AWS4-HMAC-SHA256 " + SCOPE
                + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        SignedRequest request = new SignedRequest("GET", "/", "", headers, new byte[0]);
        SigV4Authorization parsed = suiteVerifier.parse(request);

        KmsException e = assertThrows(KmsException.class,
                () -> suiteVerifier.verify(request, parsed, "another-secret".getBytes(StandardCharsets.UTF_8)));
        assertEquals(KmsError.InvalidSignatureException, e.error());
        assertTrue(e.getMessage().startsWith("The request signature we calculated does not match"));
    }

    @Test
    void kmsVerifierRefusesAnotherServiceScope() {
        Map<String, List<String>> headers = headers();
        headers.put("Authorization", List.of("AWS4-HMAC-SHA256 " + SCOPE
                + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        SignedRequest request = new SignedRequest("GET", "/", "", headers, new byte[0]);
        SigV4Verifier kms = SigV4Verifier.forKms("us-east-1", Clock.fixed(SUITE_TIME, ZoneOffset.UTC));

        KmsException e = assertThrows(KmsException.class, () -> kms.parse(request));
        assertEquals(KmsError.InvalidSignatureException, e.error());
        assertEquals("Credential should be scoped to correct service: 'kms'.", e.getMessage());
    }

    @Test
    void refusesTheSuiteSignatureWhenTheClockHasMovedOn() {
        Map<String, List<String>> headers = headers();
        headers.put("Authorization", List.of("AWS4-HMAC-SHA256 " + SCOPE
                + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        SignedRequest request = new SignedRequest("GET", "/", "", headers, new byte[0]);
        SigV4Verifier later = new SigV4Verifier("service", "us-east-1",
                Clock.fixed(SUITE_TIME.plus(Duration.ofMinutes(15)), ZoneOffset.UTC));

        KmsException e = assertThrows(KmsException.class, () -> later.parse(request));
        assertEquals(KmsError.InvalidSignatureException, e.error());
        assertEquals("Signature expired: 20150830T123600Z is now earlier than 20150830T124600Z "
                + "(20150830T125100Z - 5 min.)", e.getMessage());
    }

    /** Header map as a client sends it, with the suite's Host and X-Amz-Date first. */
    static Map<String, List<String>> headers(String... nameValuePairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", new ArrayList<>(List.of("example.amazonaws.com")));
        headers.put("X-Amz-Date", new ArrayList<>(List.of("20150830T123600Z")));
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            headers.computeIfAbsent(nameValuePairs[i], n -> new ArrayList<>()).add(nameValuePairs[i + 1]);
        }
        return headers;
    }
}
