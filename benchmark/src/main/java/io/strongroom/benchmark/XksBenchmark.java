package io.strongroom.benchmark;

import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.XksOperation;
import io.strongroom.xksproxy.XksProxyConfiguration;
import io.strongroom.xksproxy.XksProxyServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ConnectionStateType;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreType;
import software.amazon.awssdk.services.kms.model.CustomKeyStoresListEntry;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.XksProxyConnectivityType;
import software.amazon.awssdk.services.kms.model.XksProxyUriUnreachableException;

/**
 * Encrypt through an external key store beside Encrypt with a standard key, in the same run: an
 * XKS proxy runs in this process over TLS (its certificate from the CA the region trusts), a
 * custom key store of the region points at it, and one key of each kind takes the same requests.
 * Every Encrypt with the external key costs the region one proxy call on top of its own work.
 */
public final class XksBenchmark implements AutoCloseable {

    static final String URI_PREFIX = "/strongroom-benchmark";
    static final String EXTERNAL_KEY = "benchmark-key";
    private static final Duration CONNECT_DEADLINE = Duration.ofSeconds(60);
    private static final int CREATE_ATTEMPTS = 5;

    private final BenchmarkOptions options;
    private final Path certificateAuthority;
    private final Consumer<String> progress;
    private final AtomicLong proxyEncrypts = new AtomicLong();
    private XksProxyServer proxy;
    private KmsClient kms;
    private String customKeyStoreId;
    private final List<String> keyIds = new ArrayList<>();
    private final List<KmsWorkload> workloads = new ArrayList<>();

    public XksBenchmark(BenchmarkOptions options, Path certificateAuthority, Consumer<String> progress) {
        this.options = options;
        this.certificateAuthority = certificateAuthority;
        this.progress = progress;
    }

    /** Starts the proxy, creates and connects the store, and returns the scenarios: floor first, then pairs. */
    public List<Scenario> prepare(HealthFloor floor) throws IOException, InterruptedException {
        XksCredential credential = XksCredential.generate();
        proxy = XksProxyServer.start(XksProxyConfiguration.builder()
                .serverIdentity(XksBenchmarkCa.localhostServerIdentity(certificateAuthority))
                .region(options.region())
                .store(LogicalKeyStore.builder(URI_PREFIX).credential(credential)
                        .key(XksKey.encryptDecrypt(EXTERNAL_KEY)).build())
                .build());
        proxy.addRequestObserver(request -> {
            if (request.operation() == XksOperation.ENCRYPT && request.responseStatus() == 200) {
                proxyEncrypts.incrementAndGet();
            }
        });
        progress.accept("XKS proxy on " + proxy.endpoint() + URI_PREFIX + LogicalKeyStore.API_PATH);
        kms = KmsWorkload.client(options, 4);
        customKeyStoreId = createStore(credential);
        connect();
        String external = createKey(request -> request.description("Strongroom XKS benchmark")
                .origin(OriginType.EXTERNAL_KEY_STORE).customKeyStoreId(customKeyStoreId).xksKeyId(EXTERNAL_KEY));
        String standard = createKey(request -> request.description("Strongroom XKS benchmark, standard key"));
        progress.accept("store " + customKeyStoreId + " CONNECTED; keys " + external + " (external) and "
                + standard + " (standard)");

        KmsWorkload standardKey = workload(standard, "std ");
        KmsWorkload externalKey = workload(external, "xks ");
        warmUp(externalKey.encrypt(LoadBenchmark.PLAINTEXT_SIZES[0]));
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(floor.scenario());
        for (int size : LoadBenchmark.PLAINTEXT_SIZES) {
            scenarios.add(standardKey.encrypt(size));
            scenarios.add(externalKey.encrypt(size));
        }
        return scenarios;
    }

    /**
     * Opens the region's connections to the proxy, one per concurrent client, and warms the code on
     * both sides before anything is measured, ramping the clients up 1, 2, 4 … to the group's count
     * over at least the run's warm-up time. A TLS handshake of a new connection counts against the
     * 250 ms a proxy call may take, and a call that misses it closes its connection: 32 cold
     * handshakes at once on 2 cores miss it every time, so a burst never gets warm (measured: 0 of
     * 314 calls in 11 s), whereas a ramp lets each step reuse the connections of the one before.
     * Its failures do not count; the measured scenarios keep their own warm-up and error bound.
     */
    private void warmUp(Scenario externalEncrypt) throws InterruptedException {
        List<Integer> steps = new ArrayList<>();
        for (int clients = 1; clients < options.xksClients(); clients *= 2) {
            steps.add(clients);
        }
        steps.add(options.xksClients());
        Duration perStep = Duration.ofMillis(Math.max(2000, options.totalWarmUp().toMillis() / steps.size()));
        for (int clients : steps) {
            ScenarioResult result = new LoadRunner(clients, Duration.ZERO, perStep, options.maxRequests(), Long.MAX_VALUE)
                    .run(externalEncrypt);
            progress.accept("external key store warm-up with " + clients + " client(s): " + result.requests()
                    + " requests, " + result.errors() + " failed"
                    + result.firstError().map(first -> " (first: " + first + ")").orElse(""));
        }
    }

    /** Encrypt calls the proxy answered successfully, warm-up included. */
    public long proxyEncrypts() {
        return proxyEncrypts.get();
    }

    /**
     * One line per plaintext size comparing the external key with the standard one: throughput
     * ratio and the latency the external layer adds at p50 and p99.
     */
    static String comparison(List<ScenarioResult> results) {
        return Report.pairwise(results, "std ", "xks ", "external key store", "the standard key's");
    }

    /**
     * CreateCustomKeyStore calls the proxy's health API within the region's 250 ms budget. The very
     * first call of a fresh region (TLS set-up, cold code on both sides) can miss it on a loaded
     * machine; the benchmark measures warm calls, so it tries again a few times.
     */
    private String createStore(XksCredential credential) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return kms.createCustomKeyStore(request -> request
                        .customKeyStoreName("strongroom-benchmark-" + Instant.now().toEpochMilli())
                        .customKeyStoreType(CustomKeyStoreType.EXTERNAL_KEY_STORE)
                        .xksProxyUriEndpoint(proxy.endpoint().toString())
                        .xksProxyUriPath(URI_PREFIX + LogicalKeyStore.API_PATH)
                        .xksProxyConnectivity(XksProxyConnectivityType.PUBLIC_ENDPOINT)
                        .xksProxyAuthenticationCredential(c -> c.accessKeyId(credential.accessKeyId())
                                .rawSecretAccessKey(credential.secretAccessKey())))
                        .customKeyStoreId();
            } catch (XksProxyUriUnreachableException cold) {
                if (attempt == CREATE_ATTEMPTS) {
                    throw cold;
                }
                progress.accept("CreateCustomKeyStore attempt " + attempt + ": " + LoadRunner.describe(cold)
                        + "; trying again");
                Thread.sleep(1000);
            }
        }
    }

    /** ConnectCustomKeyStore returns at once; the health check that follows may also miss a cold budget. */
    private void connect() throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            kms.connectCustomKeyStore(request -> request.customKeyStoreId(customKeyStoreId));
            CustomKeyStoresListEntry store = awaitSettled();
            if (store.connectionState() == ConnectionStateType.CONNECTED) {
                return;
            }
            if (store.connectionState() != ConnectionStateType.FAILED || attempt == CREATE_ATTEMPTS) {
                throw new IllegalStateException("the custom key store is " + store.connectionStateAsString()
                        + (store.connectionErrorCode() == null ? "" : " (" + store.connectionErrorCodeAsString() + ")"));
            }
            progress.accept("ConnectCustomKeyStore attempt " + attempt + ": FAILED with "
                    + store.connectionErrorCodeAsString() + "; trying again");
            Thread.sleep(1000);
        }
    }

    /** The store once it is CONNECTED or FAILED, or as it is after the deadline. */
    private CustomKeyStoresListEntry awaitSettled() throws InterruptedException {
        long deadline = System.nanoTime() + CONNECT_DEADLINE.toNanos();
        CustomKeyStoresListEntry store;
        do {
            Thread.sleep(200);
            store = kms.describeCustomKeyStores(request -> request.customKeyStoreId(customKeyStoreId))
                    .customKeyStores().get(0);
        } while (store.connectionState() != ConnectionStateType.CONNECTED
                && store.connectionState() != ConnectionStateType.FAILED && System.nanoTime() < deadline);
        return store;
    }

    private String createKey(Consumer<software.amazon.awssdk.services.kms.model.CreateKeyRequest.Builder> request) {
        String keyId = kms.createKey(request).keyMetadata().keyId();
        keyIds.add(keyId);
        return keyId;
    }

    private KmsWorkload workload(String keyId, String prefix) {
        KmsWorkload workload = new KmsWorkload(options, keyId, prefix);
        workloads.add(workload);
        return workload;
    }

    /**
     * Stops the proxy; against a region that outlives the run, schedules the keys' deletion and
     * disconnects the store (a store with keys pending deletion cannot be deleted yet).
     */
    @Override
    public void close() {
        workloads.forEach(KmsWorkload::close);
        if (kms != null) {
            for (String keyId : keyIds) {
                quietly(() -> kms.scheduleKeyDeletion(request -> request.keyId(keyId).pendingWindowInDays(7)));
            }
            if (customKeyStoreId != null) {
                quietly(() -> kms.disconnectCustomKeyStore(request -> request.customKeyStoreId(customKeyStoreId)));
            }
            kms.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    private void quietly(Runnable cleanup) {
        try {
            cleanup.run();
        } catch (RuntimeException e) {
            progress.accept("cleanup step failed: " + LoadRunner.describe(e));
        }
    }
}
