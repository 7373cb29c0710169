package io.strongroom.application.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.signer.Aws4Signer;
import software.amazon.awssdk.auth.signer.params.Aws4SignerParams;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;

/**
 * Requests signed for an XKS proxy carry exactly the Authorization header the AWS SDK for Java v2
 * SigV4 signer produces for the same request, time, region and service, and verify with
 * Strongroom's own verifier. The SDK's {@code Aws4Signer} is the reference because, like KMS
 * calling a proxy, it signs {@code host;x-amz-date} only (the newer SDK signer adds
 * {@code x-amz-content-sha256}).
 */
class SigV4SignerTest {

    private static final String ACCESS_KEY_ID = "AKIA4GBY3I6JCE5M2HPM";
    private static final String SECRET = "1234567890123456789012345678901234567890123=";
    private static final Instant TIME = Instant.parse("2026-12-02T20:15:30Z");
    private static final String BODY = "{\"requestMetadata\":{\"kmsOperation\":\"CreateCustomKeyStore\","
            + "\"kmsRequestId\":\"4112f4d6-db54-4af4-ae30-c55a22a8dfae\"}}";

    @ParameterizedTest
    @ValueSource(strings = {
        "https://xks.example.com/kms/xks/v1/health",
        "https://xks.example.com:8443/prefix/one/kms/xks/v1/keys/key-01.a_b/encrypt",
        "http://localhost:8080/example/uri/path/prefix/kms/xks/v1/keys/foo/metadata",
        "https://xks.example.com:443/kms/xks/v1/health",
    })
    void signsLikeTheAwsSdk(String uri) {
        Map<String, String> ours = new SigV4Signer("kms-xks-proxy", "eu-west-1").sign("POST", URI.create(uri),
                BODY.getBytes(StandardCharsets.UTF_8), ACCESS_KEY_ID, SECRET.getBytes(StandardCharsets.US_ASCII), TIME);

        SdkHttpFullRequest sdk = Aws4Signer.create().sign(SdkHttpFullRequest.builder()
                        .method(SdkHttpMethod.POST).uri(URI.create(uri))
                        .contentStreamProvider(() -> new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                Aws4SignerParams.builder()
                        .awsCredentials(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET))
                        .signingName("kms-xks-proxy")
                        .signingRegion(Region.EU_WEST_1)
                        .signingClockOverride(Clock.fixed(TIME, ZoneOffset.UTC))
                        .build());

        assertEquals(sdk.firstMatchingHeader("Authorization").orElseThrow(), ours.get("Authorization"));
        assertEquals(sdk.firstMatchingHeader("X-Amz-Date").orElseThrow(), ours.get("X-Amz-Date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://xks.example.com/kms/xks/v1/health", "http://127.0.0.1:9000/p/kms/xks/v1/health"})
    void verifiesWithTheVerifier(String uri) {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        Map<String, String> added = new SigV4Signer("kms-xks-proxy", "us-east-1").sign("POST", URI.create(uri), body,
                ACCESS_KEY_ID, SECRET.getBytes(StandardCharsets.US_ASCII), TIME);
        Map<String, List<String>> headers = added.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        headers = new java.util.HashMap<>(headers);
        headers.put("Host", List.of(SigV4Signer.hostHeader(URI.create(uri))));
        headers.put("Content-Type", List.of("application/json"));
        SignedRequest received = new SignedRequest("POST", URI.create(uri).getRawPath(), null, headers, body);
        SigV4Verifier verifier = new SigV4Verifier("kms-xks-proxy", "us-east-1", Clock.fixed(TIME, ZoneOffset.UTC));
        assertDoesNotThrow(() -> verifier.verify(received, verifier.parse(received),
                SECRET.getBytes(StandardCharsets.US_ASCII)));
    }
}
