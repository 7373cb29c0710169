package io.strongroom.xksproxy;

import io.strongroom.xksproxy.pki.IssuedCertificate;
import io.strongroom.xksproxy.pki.TlsContexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Calls a proxy as KMS does: java.net.http over TLS trusting the test CA, every request signed by
 * the AWS SDK v2 SigV4 signer (service kms-xks-proxy). Tests choose the credential, region,
 * service and signing clock to produce each authentication failure.
 */
public final class SignedCaller {

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");

    private final HttpClient http;
    private final URI endpoint;

    public SignedCaller(URI endpoint, X509Certificate trustAnchor, Optional<IssuedCertificate> clientCertificate) {
        this.endpoint = endpoint;
        try {
            this.http = HttpClient.newBuilder()
                    .sslContext(TlsContexts.client(trustAnchor, clientCertificate))
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    public HttpResponse<String> post(String path, String json, XksCredential credential) {
        return post(path, json, credential, XksProxyConfiguration.DEFAULT_REGION, "kms-xks-proxy", Clock.systemUTC());
    }

    public HttpResponse<String> post(String path, String json, XksCredential credential, String region, String service,
                                     Clock signingClock) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        URI uri = endpoint.resolve(path);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Content-Type", "application/json").build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(credential.accessKeyId(), credential.secretAccessKey()))
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, signingClock)).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
