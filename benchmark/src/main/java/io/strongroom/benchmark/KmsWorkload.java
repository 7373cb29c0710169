package io.strongroom.benchmark;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptRequest;
import software.amazon.awssdk.services.kms.model.EncryptResponse;

/**
 * Encrypt and Decrypt scenarios sent by the real AWS SDK for Java v2, so every request is
 * SigV4-signed, serialized and parsed exactly as an application's would be.
 *
 * <p>One SDK client is shared by all client threads (as applications do), with a pooled
 * connection per thread and retries off: a retried request would hide a failure and
 * inflate its latency.
 */
public final class KmsWorkload implements AutoCloseable {

    private final KmsClient kms;
    private final String keyId;
    private final String namePrefix;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param options endpoint, credentials, region, client count and optionally an existing key
     */
    public KmsWorkload(BenchmarkOptions options) {
        this.kms = client(options, Math.max(32, options.clients() + 8));
        this.keyId = options.keyId().orElseGet(() -> kms.createKey(request -> request
                .description("Strongroom load benchmark")).keyMetadata().keyId());
        this.namePrefix = "";
    }

    /**
     * Scenarios against a key made elsewhere, named with a prefix (e.g. {@code "xks "}) so that
     * several keys' rows can stand in one table.
     */
    public KmsWorkload(BenchmarkOptions options, String keyId, String namePrefix) {
        this.kms = client(options, Math.max(32, options.clients() + 8));
        this.keyId = keyId;
        this.namePrefix = namePrefix;
    }

    /** An SDK client for the benchmark's endpoint: retries off, bounded timeouts. */
    static KmsClient client(BenchmarkOptions options, int maxConnections) {
        return KmsClient.builder()
                .endpointOverride(options.endpoint())
                .region(Region.of(options.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(options.accessKeyId(), options.secretAccessKey())))
                .httpClientBuilder(Apache5HttpClient.builder()
                        .maxConnections(maxConnections)
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(config -> config
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(30)))
                .build();
    }

    public String keyId() {
        return keyId;
    }

    public Scenario encrypt(int plaintextBytes) {
        EncryptRequest request = EncryptRequest.builder()
                .keyId(keyId)
                .plaintext(SdkBytes.fromByteArrayUnsafe(randomBytes(plaintextBytes)))
                .build();
        return new Scenario(namePrefix + "encrypt " + size(plaintextBytes), () -> {
            EncryptResponse response = kms.encrypt(request);
            if (response.ciphertextBlob() == null
                    || response.ciphertextBlob().asByteArrayUnsafe().length <= plaintextBytes) {
                throw new IllegalStateException("Encrypt returned no usable ciphertext");
            }
        });
    }

    /** The ciphertext is made here, before any measured run, by one Encrypt call. */
    public Scenario decrypt(int plaintextBytes) {
        byte[] plaintext = randomBytes(plaintextBytes);
        SdkBytes ciphertext = kms.encrypt(request -> request
                .keyId(keyId)
                .plaintext(SdkBytes.fromByteArray(plaintext))).ciphertextBlob();
        DecryptRequest request = DecryptRequest.builder()
                .keyId(keyId)
                .ciphertextBlob(ciphertext)
                .build();
        return new Scenario(namePrefix + "decrypt " + size(plaintextBytes), () -> {
            DecryptResponse response = kms.decrypt(request);
            if (response.plaintext() == null
                    || !Arrays.equals(plaintext, response.plaintext().asByteArrayUnsafe())) {
                throw new IllegalStateException("Decrypt did not return the original plaintext");
            }
        });
    }

    static String size(int bytes) {
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    @Override
    public void close() {
        kms.close();
    }
}
