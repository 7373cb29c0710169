package io.strongroom.benchmark;

import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.ReplicationRelay;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyState;

/**
 * Multi-Region keys between two regions on this machine: a replication relay runs in this process
 * between the primary's region ({@code --endpoint}, {@code --region}) and the replica's
 * ({@code --replica-endpoint}, {@code --replica-region}), which must be registered as peers of each
 * other and send to this relay. Measures how long replicating one key takes, then Encrypt in the
 * primary's region followed by Decrypt of that ciphertext in the replica's, beside the same pair
 * within the primary's region.
 */
public final class ReplicationBenchmark implements AutoCloseable {

    /** Scenario name prefixes: both calls in region A, or Encrypt in A and Decrypt in B. */
    static final String IN_REGION = "A/A ";
    static final String CROSS_REGION = "A/B ";
    /** Far above the replica timer's 2 s period and first backoff; a key slower than this is a failure. */
    private static final Duration ENABLED_DEADLINE = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 20;

    private final BenchmarkOptions options;
    private final ReplicationOptions replication;
    private final Consumer<String> progress;
    private final SecureRandom random = new SecureRandom();
    private ReplicationRelay relay;
    private KmsClient primary;
    private KmsClient replica;
    private final List<String> keyIds = new ArrayList<>();

    public ReplicationBenchmark(BenchmarkOptions options, Consumer<String> progress) {
        this.options = options;
        this.replication = options.replication();
        this.progress = progress;
    }

    /** Starts the relay between the two regions and the SDK clients of both. */
    public void start() throws IOException {
        URI replicaEndpoint = replication.replicaEndpoint().orElseThrow();
        // One line per relayed message would drown the report; warnings still show.
        Logger.getLogger(ReplicationRelay.LOGGER_NAME).setLevel(Level.WARNING);
        relay = ReplicationRelay.start(RelayConfiguration.builder()
                .bindAddress(InetAddress.getLoopbackAddress())
                .port(replication.relayPort())
                .route(options.region(), withoutSlash(options.endpoint()))
                .route(replication.replicaRegion(), withoutSlash(replicaEndpoint))
                .build());
        progress.accept("replication relay on " + relay.endpoint() + " between " + options.region() + " and "
                + replication.replicaRegion());
        int connections = replication.clients() + 8;
        primary = KmsWorkload.client(options, connections);
        replica = KmsWorkload.client(options.targeting(replicaEndpoint, replication.replicaRegion()), connections);
    }

    /** Replicates {@code --replicate-keys} new multi-Region keys one after the other, each timed until Enabled. */
    public ReplicationLatency measureReplication() throws InterruptedException {
        ReplicationLatency latency = new ReplicationLatency();
        for (int i = 0; i < replication.keys(); i++) {
            String keyId = createPrimaryKey();
            long start = System.nanoTime();
            try {
                primary.replicateKey(request -> request.keyId(keyId).replicaRegion(replication.replicaRegion()));
            } catch (RuntimeException e) {
                latency.failed("ReplicateKey: " + LoadRunner.describe(e));
                continue;
            }
            long called = System.nanoTime();
            String state = awaitEnabled(keyId, start);
            if (state.equals(KeyState.ENABLED.toString())) {
                latency.add(called - start, System.nanoTime() - start);
            } else {
                latency.failed("replica " + keyId + " still " + state + " after " + ENABLED_DEADLINE.toSeconds() + " s");
            }
        }
        return latency;
    }

    /**
     * The floor of the primary's region, then per plaintext size the in-region pair and the
     * cross-region pair, with one key replicated for them (the ciphertext names the key, so the
     * replica's region decrypts with its replica of it).
     */
    public List<Scenario> scenarios(HealthFloor floor) throws InterruptedException {
        String keyId = createPrimaryKey();
        primary.replicateKey(request -> request.keyId(keyId).replicaRegion(replication.replicaRegion()));
        String state = awaitEnabled(keyId, System.nanoTime());
        if (!state.equals(KeyState.ENABLED.toString())) {
            throw new IllegalStateException("the replica of " + keyId + " is " + state + ", not Enabled");
        }
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(floor.scenario());
        for (int size : LoadBenchmark.PLAINTEXT_SIZES) {
            scenarios.add(encryptThenDecrypt(IN_REGION, keyId, size, primary));
            scenarios.add(encryptThenDecrypt(CROSS_REGION, keyId, size, replica));
        }
        return scenarios;
    }

    /** One request: Encrypt in the primary's region, then Decrypt of that ciphertext with {@code decrypter}. */
    private Scenario encryptThenDecrypt(String prefix, String keyId, int size, KmsClient decrypter) {
        byte[] plaintext = new byte[size];
        random.nextBytes(plaintext);
        SdkBytes input = SdkBytes.fromByteArrayUnsafe(plaintext);
        return new Scenario(prefix + "enc+dec " + KmsWorkload.size(size), () -> {
            SdkBytes ciphertext = primary.encrypt(request -> request.keyId(keyId).plaintext(input)).ciphertextBlob();
            byte[] decrypted = decrypter.decrypt(request -> request.keyId(keyId).ciphertextBlob(ciphertext))
                    .plaintext().asByteArrayUnsafe();
            if (!Arrays.equals(plaintext, decrypted)) {
                throw new IllegalStateException("Decrypt did not return the original plaintext");
            }
        });
    }

    private String createPrimaryKey() {
        String keyId = primary.createKey(request -> request.multiRegion(true)
                .description("Strongroom replication benchmark")).keyMetadata().keyId();
        keyIds.add(keyId);
        return keyId;
    }

    /** Polls DescribeKey in the replica's region until the key is Enabled or the deadline passed; its last state. */
    private String awaitEnabled(String keyId, long startNanos) throws InterruptedException {
        long deadline = startNanos + ENABLED_DEADLINE.toNanos();
        String state;
        while (true) {
            state = replica.describeKey(request -> request.keyId(keyId)).keyMetadata().keyStateAsString();
            if (state.equals(KeyState.ENABLED.toString()) || System.nanoTime() > deadline) {
                return state;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    static URI withoutSlash(URI uri) {
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /**
     * Stops the relay and the clients. The keys stay: a primary with replicas cannot be scheduled
     * for deletion before them, and the regions bin/benchmark starts are thrown away afterwards.
     */
    @Override
    public void close() {
        if (!keyIds.isEmpty()) {
            progress.accept(keyIds.size() + " multi-Region keys were made (description \"Strongroom replication benchmark\")");
        }
        if (primary != null) {
            primary.close();
        }
        if (replica != null) {
            replica.close();
        }
        if (relay != null) {
            relay.close();
        }
    }
}
