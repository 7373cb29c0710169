package io.strongroom.it;

import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.ReplicationRelay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Two {@link PrivateRegion}s, {@value #A} and {@value #B}, each its own Payara Micro and database,
 * talking only through a relay in this JVM, and each registered at the other as a peer region:
 * the setting of the tests of multi-Region keys across regions. One pair per test class; closing
 * it stops the relay and both regions.
 */
public final class TwoRegions implements AutoCloseable {

    public static final String A = "us-east-1";
    public static final String B = "us-west-2";

    private ReplicationRelay relay;
    private PrivateRegion regionA;
    private PrivateRegion regionB;
    private URI uriA;
    private URI uriB;

    private TwoRegions() {
    }

    /** {@link #start(String, RelayConfiguration)} with a relay that records the messages it forwards. */
    public static TwoRegions start(String databasePrefix) throws Exception {
        return start(databasePrefix, RelayConfiguration.builder().recordMessages(true).build());
    }

    /**
     * Starts the relay and both regions (databases {@code <databasePrefix>_a_<random>} and
     * {@code _b_}), routes each region at the relay and registers each at the other.
     */
    public static TwoRegions start(String databasePrefix, RelayConfiguration relayConfiguration) throws Exception {
        TwoRegions regions = new TwoRegions();
        try {
            regions.startAll(databasePrefix, relayConfiguration);
            return regions;
        } catch (Exception | Error e) {
            regions.close();
            throw e;
        }
    }

    private void startAll(String databasePrefix, RelayConfiguration relayConfiguration) throws Exception {
        relay = ReplicationRelay.start(relayConfiguration);
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String suffix = HexFormat.of().formatHex(random);
        regionA = PrivateRegion.create(databasePrefix + "_a_" + suffix)
                .setting("STRONGROOM_REPLICATION_RELAY", relay.endpoint().toString());
        regionB = PrivateRegion.create(databasePrefix + "_b_" + suffix).setting("STRONGROOM_REGION", B)
                .setting("STRONGROOM_REPLICATION_RELAY", relay.endpoint().toString());
        // Both boot at once: most of a boot is waiting, and two one after the other take twice as long.
        CompletableFuture<URI> bootingB = CompletableFuture.supplyAsync(() -> {
            try {
                return regionB.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        try {
            uriA = regionA.start();
        } finally {
            uriB = awaitBoot(bootingB);
        }
        relay.route(A, PeerRegions.withoutSlash(uriA));
        relay.route(B, PeerRegions.withoutSlash(uriB));
        PeerRegions.register(regionA, B, uriB, PeerRegions.currentSigningKey(regionB));
        PeerRegions.register(regionB, A, uriA, PeerRegions.currentSigningKey(regionA));
    }

    private static URI awaitBoot(CompletableFuture<URI> booting) throws Exception {
        try {
            return booting.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    public ReplicationRelay relay() {
        return relay;
    }

    public PrivateRegion regionA() {
        return regionA;
    }

    public PrivateRegion regionB() {
        return regionB;
    }

    /** A's base URI at its first start (a test that restarts A routes the new one itself). */
    public URI uriA() {
        return uriA;
    }

    /** B's base URI at its first start (a test that restarts B routes the new one itself). */
    public URI uriB() {
        return uriB;
    }

    /** A new SDK client for A at {@code uri} (A's address changes when it restarts). */
    public static KmsClient clientA(URI uri) {
        return KmsClients.sdk(uri, Region.US_EAST_1);
    }

    /** A new SDK client for B at {@code uri}. */
    public static KmsClient clientB(URI uri) {
        return KmsClients.sdk(uri, Region.US_WEST_2);
    }

    /**
     * Polls {@code condition} every 250 ms until it holds; fails naming {@code what} after
     * {@code patience}. The one polling loop of the multi-Region tests.
     */
    public static void await(Callable<Boolean> condition, String what, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (relay != null) {
            relay.close();
        }
        if (regionA != null) {
            regionA.close();
        }
        if (regionB != null) {
            regionB.close();
        }
    }
}
