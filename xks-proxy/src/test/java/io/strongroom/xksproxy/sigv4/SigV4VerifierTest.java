package io.strongroom.xksproxy.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.strongroom.xksproxy.Curl;
import io.strongroom.xksproxy.XksCredential;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The verifier against requests signed by the AWS SDK v2 signer and by curl --aws-sigv4. */
class SigV4VerifierTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String PATH = "/example/uri/path/prefix/kms/xks/v1/keys/foo/encrypt";
    private static final String BODY = "{\"requestMetadata\":{\"kmsRequestId\":\"r\",\"kmsOperation\":\"Encrypt\"}}";
    private final XksCredential credential = XksCredential.generate();
    private final Function<String, Optional<String>> secrets =
            id -> id.equals(credential.accessKeyId()) ? Optional.of(credential.secretAccessKey()) : Optional.empty();

    private SigV4Verifier verifierAt(Instant instant) {
        return new SigV4Verifier("us-east-1", Clock.fixed(instant, ZoneOffset.UTC));
    }

    private SignedRequest sdkSigned(String path, String body, XksCredential signer, String region) {
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(signer.accessKeyId(), signer.secretAccessKey()))
                .request(SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create("https://localhost:8443" + path))
                        .putHeader("Content-Type", "application/json").build())
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "kms-xks-proxy")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC))).request();
        Map<String, List<String>> headers = new HashMap<>();
        signed.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return new SignedRequest("POST", path, "", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheSdkSignerAndReturnsTheAccessKeyId() throws Exception {
        assertEquals(credential.accessKeyId(), verifierAt(NOW).verify(sdkSigned(PATH, BODY, credential, "us-east-1"), secrets));
        assertEquals(credential.accessKeyId(),
                verifierAt(NOW.plus(Duration.ofMinutes(5))).verify(sdkSigned(PATH, BODY, credential, "us-east-1"), secrets));
    }

    @Test
    void refusesAnyChangeToWhatWasSigned() {
        SignedRequest good = sdkSigned(PATH, BODY, credential, "us-east-1");
        SigV4Verifier verifier = verifierAt(NOW);
        SignedRequest otherBody = new SignedRequest("POST", PATH, "", good.headers(), "{}".getBytes(StandardCharsets.UTF_8));
        SignedRequest otherPath = new SignedRequest("POST", PATH.replace("foo", "bar"), "", good.headers(), good.body());
        SignedRequest otherMethod = new SignedRequest("PUT", PATH, "", good.headers(), good.body());
        SignedRequest withQuery = new SignedRequest("POST", PATH, "a=b", good.headers(), good.body());
        Map<String, List<String>> otherType = new HashMap<>(good.headers());
        otherType.put("content-type", List.of("text/plain"));
        for (SignedRequest tampered : List.of(otherBody, otherPath, otherMethod, withQuery,
                new SignedRequest("POST", PATH, "", otherType, good.body()))) {
            assertThrows(SignatureRejectedException.class, () -> verifier.verify(tampered, secrets));
        }
    }

    @Test
    void refusesWrongSecretsRegionsAndClocks() {
        XksCredential wrongSecret = new XksCredential(credential.accessKeyId(), XksCredential.generate().secretAccessKey());
        assertThrows(SignatureRejectedException.class,
                () -> verifierAt(NOW).verify(sdkSigned(PATH, BODY, wrongSecret, "us-east-1"), secrets));
        assertThrows(SignatureRejectedException.class,
                () -> verifierAt(NOW).verify(sdkSigned(PATH, BODY, XksCredential.generate(), "us-east-1"), secrets));
        assertThrows(SignatureRejectedException.class,
                () -> verifierAt(NOW).verify(sdkSigned(PATH, BODY, credential, "us-west-2"), secrets));
        SignedRequest good = sdkSigned(PATH, BODY, credential, "us-east-1");
        assertThrows(SignatureRejectedException.class,
                () -> verifierAt(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)).verify(good, secrets));
        assertThrows(SignatureRejectedException.class,
                () -> verifierAt(NOW.minus(Duration.ofMinutes(5)).minusSeconds(1)).verify(good, secrets));
        Map<String, List<String>> unsigned = new HashMap<>(good.headers());
        unsigned.remove("authorization");
        assertThrows(SignatureRejectedException.class,
                () -> verifierAt(NOW).verify(new SignedRequest("POST", PATH, "", unsigned, good.body()), secrets));
    }

    /** curl signs with the real clock, so the verifier does too; the request is captured by a plain HTTP server. */
    @Test
    void acceptsCurlExactlyAsTheConformanceClientCallsIt() throws Exception {
        Curl.assumeInstalled();
        AtomicReference<SignedRequest> captured = new AtomicReference<>();
        HttpServer capture = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        capture.createContext("/", exchange -> {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            captured.set(new SignedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), "",
                    headers, exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        capture.start();
        try {
            String url = "http://127.0.0.1:" + capture.getAddress().getPort() + PATH;
            Curl.Result result = Curl.post(url, BODY, credential, "us-east-1", List.of());
            assertEquals(0, result.exitCode(), result.output());
        } finally {
            capture.stop(0);
        }
        SignedRequest request = captured.get();
        String authorization = request.header("authorization").get(0);
        assertTrue(authorization.contains("/us-east-1/kms-xks-proxy/aws4_request"), authorization);
        assertTrue(authorization.contains("SignedHeaders=content-type;host;x-amz-date"), authorization);
        SigV4Verifier verifier = new SigV4Verifier("us-east-1", Clock.systemUTC());
        assertEquals(credential.accessKeyId(), verifier.verify(request, secrets));
        SignedRequest otherBody = new SignedRequest("POST", PATH, "", request.headers(), "{}".getBytes(StandardCharsets.UTF_8));
        assertThrows(SignatureRejectedException.class, () -> verifier.verify(otherBody, secrets));
    }
}
