package io.strongroom.it;

import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.ReplicationRelay;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Two regions, us-east-1 (A) and us-west-2 (B), each its own {@link PrivateRegion}, talking only
 * through a recording relay in this JVM, each registered at the other as a peer, with an AWS SDK
 * client for each. The replication tests start one pair per class.
 */
public final class TwoRegions implements AutoCloseable {

    public static final String A = "us-east-1";
    public static final String B = "us-west-2";

    private final ReplicationRelay relay;
    private final PrivateRegion regionA;
    private final PrivateRegion regionB;
    private final URI uriA;
    private final URI uriB;

    private TwoRegions(ReplicationRelay relay, PrivateRegion regionA, PrivateRegion regionB, URI uriA, URI uriB) {
        this.relay = relay;
        this.regionA = regionA;
        this.regionB = regionB;
        this.uriA = uriA;
        this.uriB = uriB;
    }

    /** Starts the relay and both regions, databases named {@code <prefix>_a_…} and {@code <prefix>_b_…}. */
    public static TwoRegions start(String prefix) throws Exception {
        ReplicationRelay relay = ReplicationRelay.start(RelayConfiguration.builder().recordMessages(true).build());
        String suffix = HexFormat.of().formatHex(SecureRandom.getSeed(4));
        PrivateRegion regionA = PrivateRegion.create(prefix + "_a_" + suffix)
                .setting("STRONGROOM_REPLICATION_RELAY", relay.endpoint().toString());
        PrivateRegion regionB = PrivateRegion.create(prefix + "_b_" + suffix).setting("STRONGROOM_REGION", B)
                .setting("STRONGROOM_REPLICATION_RELAY", relay.endpoint().toString());
        URI uriA = regionA.start();
        URI uriB = regionB.start();
        relay.route(A, PeerRegions.withoutSlash(uriA));
        relay.route(B, PeerRegions.withoutSlash(uriB));
        PeerRegions.register(regionA, B, uriB, PeerRegions.currentSigningKey(regionB));
        PeerRegions.register(regionB, A, uriA, PeerRegions.currentSigningKey(regionA));
        return new TwoRegions(relay, regionA, regionB, uriA, uriB);
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

    /** A's base URI as it was first started. */
    public URI uriA() {
        return uriA;
    }

    /** B's base URI as it was first started. */
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

    /** Polls {@code condition} every 250 ms until it holds; fails naming {@code what} after {@code patience}. */
    public static void await(BooleanSupplier condition, String what, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    @Override
    public void close() throws Exception {
        relay.close();
        regionA.close();
        regionB.close();
    }
}
