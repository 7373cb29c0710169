package io.strongroom.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Ways of calling the region's AWS KMS JSON API: the real AWS SDK for Java v2 (as applications do)
 * and raw HTTP requests, signed by the SDK's own SigV4 signer or not signed at all, for the inputs
 * an SDK never sends (malformed JSON, unknown operations, missing signatures).
 */
public final class KmsClients {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KmsClients() {
    }

    /** The SDK client with the bootstrap credential. */
    public static KmsClient sdk(URI endpoint) {
        return sdk(endpoint, TestRegion.ACCESS_KEY_ID, TestRegion.SECRET_ACCESS_KEY);
    }

    public static KmsClient sdk(URI endpoint, String accessKeyId, String secretAccessKey) {
        return sdk(endpoint, Region.US_EAST_1, accessKeyId, secretAccessKey);
    }

    /** The SDK client of a region with another name (SigV4 scopes signatures to the region). */
    public static KmsClient sdk(URI endpoint, Region region) {
        return sdk(endpoint, region, TestRegion.ACCESS_KEY_ID, TestRegion.SECRET_ACCESS_KEY);
    }

    private static KmsClient sdk(URI endpoint, Region region, String accessKeyId, String secretAccessKey) {
        return KmsClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .httpClient(UrlConnectionHttpClient.create())
                // A failing call should fail once, not three times with back-off.
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** POST / with X-Amz-Target TrentService.{operation}, signed with the bootstrap credential. */
    public static HttpResponse<String> signed(URI endpoint, String operation, String body)
            throws IOException, InterruptedException {
        return signedButSent(endpoint, operation, body, body);
    }

    /** Signs one body and sends another: what a request altered on the way looks like. */
    public static HttpResponse<String> signedButSent(URI endpoint, String operation, String signedBody, String sentBody)
            throws IOException, InterruptedException {
        byte[] payload = signedBody.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "TrentService." + operation)
                .build();
        SignedRequest signedRequest = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(TestRegion.ACCESS_KEY_ID, TestRegion.SECRET_ACCESS_KEY))
                .request(request)
                .payload(() -> new ByteArrayInputStream(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "kms")
                .putProperty(AwsV4HttpSigner.REGION_NAME, TestRegion.REGION));
        HttpRequest.Builder http = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(sentBody));
        // java.net.http sets Host itself (to the same host:port the signature covers).
        signedRequest.request().forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> http.header(name, value));
            }
        });
        return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The same request without any Authorization header or signature. */
    public static HttpResponse<String> unsigned(URI endpoint, String operation, String body)
            throws IOException, InterruptedException {
        return HTTP.send(unsignedRequest(endpoint, operation, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The request with a hand-written Authorization header (and X-Amz-Date), e.g. an incomplete one. */
    public static HttpResponse<String> withAuthorization(URI endpoint, String operation, String body,
                                                         String authorization, String amzDate)
            throws IOException, InterruptedException {
        HttpRequest request = unsignedRequest(endpoint, operation, body)
                .header("Authorization", authorization)
                .header("X-Amz-Date", amzDate)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder unsignedRequest(URI endpoint, String operation, String body) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "TrentService." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
