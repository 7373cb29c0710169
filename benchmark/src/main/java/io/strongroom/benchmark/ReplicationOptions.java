package io.strongroom.benchmark;

import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The parameters of the replication benchmark ({@code --only replication}): the second region (the
 * replica's), the port of the relay this process runs between the two, how many keys are replicated
 * one by one for the replication latency, and the clients of the cross-region throughput scenarios.
 *
 * @param replicaEndpoint the replica's region; empty: the group cannot run (bin/benchmark starts one)
 * @param replicaRegion   its region name (its STRONGROOM_REGION), also its SigV4 region
 * @param relayPort       where this process's relay listens: both regions send to it (their
 *                        STRONGROOM_REPLICATION_RELAY)
 * @param keys            keys replicated one after the other, each timed until Enabled in the replica's region
 * @param clients         concurrent clients of the Encrypt/Decrypt scenarios
 */
public record ReplicationOptions(Optional<URI> replicaEndpoint, String replicaRegion, int relayPort, int keys,
                                 int clients) {

    static ReplicationOptions parse(UnaryOperator<String> lookup, UnaryOperator<String> environment, boolean quick) {
        Optional<URI> endpoint = Optional.ofNullable(BenchmarkOptions.firstOf(lookup.apply("replica-endpoint"),
                environment.apply("STRONGROOM_BENCH_REPLICA_ENDPOINT"))).map(URI::create);
        endpoint.ifPresent(uri -> {
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new BenchmarkOptions.UsageException("--replica-endpoint must be an http(s) URL with a host: " + uri);
            }
        });
        String region = BenchmarkOptions.firstOf(lookup.apply("replica-region"), "eu-west-1");
        if (!region.matches("^([a-z]+-){2,3}\\d+$")) {
            throw new BenchmarkOptions.UsageException("--replica-region must be a region name such as eu-west-1: " + region);
        }
        long port = BenchmarkOptions.positive(lookup, "relay-port", 8090);
        long keys = BenchmarkOptions.positive(lookup, "replicate-keys", quick ? 5 : 30);
        if (port > 65535 || keys > 10_000) {
            throw new BenchmarkOptions.UsageException("--relay-port (1-65535) or --replicate-keys (at most 10000) out of range");
        }
        return new ReplicationOptions(endpoint, region, (int) port, (int) keys,
                (int) BenchmarkOptions.positive(lookup, "replication-clients", 8));
    }

    @Override
    public String toString() {
        return "replica region " + replicaRegion + replicaEndpoint.map(uri -> " at " + uri).orElse(" (no endpoint)")
                + ", relay on port " + relayPort + ", " + keys + " keys replicated, " + clients + " clients";
    }
}
