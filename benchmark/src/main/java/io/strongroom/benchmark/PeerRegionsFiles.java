package io.strongroom.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes the peer regions file of each of two regions ({@code STRONGROOM_PEER_REGIONS_FILE}), naming
 * the other region with its current replication signing key as that region publishes it at
 * {@code GET /replication/v1/signing-keys}: what an administrator does by hand in README's "Two
 * regions on one machine". bin/benchmark runs it between the regions' first start and their
 * restart, since a region makes its signing key at its first start and applies the file at every
 * start.
 *
 * <p>Usage: {@code PeerRegionsFiles REGION_A URL_A FILE_FOR_A REGION_B URL_B FILE_FOR_B}
 */
public final class PeerRegionsFiles {

    /** One region's current signing key, as it publishes it. */
    record SigningKey(String publicKeyPem, String fingerprint) {
    }

    private PeerRegionsFiles() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 6) {
            System.err.println("usage: PeerRegionsFiles REGION_A URL_A FILE_FOR_A REGION_B URL_B FILE_FOR_B");
            System.exit(2);
            return;
        }
        URI endpointA = URI.create(args[1]);
        URI endpointB = URI.create(args[4]);
        LoopbackTarget.require(endpointA);
        LoopbackTarget.require(endpointB);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        SigningKey keyA = current(fetch(http, endpointA));
        SigningKey keyB = current(fetch(http, endpointB));
        Files.writeString(Path.of(args[2]), fileText(args[3], endpointB, keyB), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[5]), fileText(args[0], endpointA, keyA), StandardCharsets.UTF_8);
    }

    private static String fetch(HttpClient http, URI endpoint) throws IOException, InterruptedException {
        URI keys = URI.create(ReplicationBenchmark.withoutSlash(endpoint) + "/replication/v1/signing-keys");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(keys).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + keys + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The current key of a {@code {"signingKeys": [...]}} answer; exactly one is current. */
    static SigningKey current(String signingKeysJson) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(signingKeysJson))) {
            root = reader.readObject();
        }
        SigningKey found = null;
        for (JsonValue value : root.getJsonArray("signingKeys")) {
            JsonObject key = value.asJsonObject();
            if (key.getBoolean("current")) {
                if (found != null) {
                    throw new IllegalStateException("the region publishes two current signing keys");
                }
                found = new SigningKey(key.getString("publicKeyPem"), key.getString("fingerprint"));
            }
        }
        if (found == null) {
            throw new IllegalStateException("the region publishes no current signing key");
        }
        return found;
    }

    /** A peer regions file that registers one peer, in the format of docs/replication-protocol.md. */
    static String fileText(String peerRegion, URI peerEndpoint, SigningKey key) {
        return Json.createObjectBuilder().add("peerRegions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("region", peerRegion)
                .add("endpoint", ReplicationBenchmark.withoutSlash(peerEndpoint).toString())
                .add("publicKeyPem", key.publicKeyPem())
                .add("fingerprint", key.fingerprint()))).build().toString() + "\n";
    }
}
