package io.strongroom.relay.standalone;

import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.ServerIdentity;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * The standalone relay's JSON routing file: the routes (region name to endpoint) and, optionally,
 * where to listen, limits, timeouts, the relay's own TLS files and the CAs it trusts for https
 * regions. Paths are relative to the file's directory. Unknown settings are refused, so a typo
 * cannot silently leave a default in place.
 *
 * <pre>{@code
 * { "port": 8090,
 *   "routes": { "us-east-1": "http://localhost:8080", "eu-west-1": "https://kms.eu.example:8443" },
 *   "regionTrustAnchors": "regions-ca.pem",
 *   "tls": { "certificateChain": "relay-chain.pem", "privateKey": "relay-key.pem" } }
 * }</pre>
 */
public final class ConfigurationFile {

    public static final int DEFAULT_PORT = 8090;

    private static final Set<String> SETTINGS = Set.of("bindAddress", "port", "routes", "maxMessageBytes", "threads",
            "connectTimeoutSeconds", "requestTimeoutSeconds", "tls", "regionTrustAnchors");
    private static final Set<String> TLS_SETTINGS = Set.of("certificateChain", "privateKey");

    private ConfigurationFile() {
    }

    /**
     * A builder holding everything the file says, for the caller to adjust (e.g. the port) and build.
     *
     * @throws IOException naming the file and the setting when the file or a file it names is unusable
     */
    public static RelayConfiguration.Builder read(Path file) throws IOException {
        JsonObject root;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IOException(file + " is not a JSON object: " + e.getMessage(), e);
        }
        try {
            return parse(file.toAbsolutePath().getParent(), root);
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static RelayConfiguration.Builder parse(Path dir, JsonObject root) throws IOException {
        refuseUnknown(root, SETTINGS, "");
        if (!root.containsKey("routes")) {
            throw new IllegalArgumentException("'routes' is missing: { \"routes\": { \"us-east-1\": \"http://...\" } }");
        }
        RelayConfiguration.Builder builder = RelayConfiguration.builder()
                .bindAddress(InetAddress.getByName(root.getString("bindAddress", "127.0.0.1")))
                .port(root.getInt("port", DEFAULT_PORT))
                .maxMessageBytes(root.getInt("maxMessageBytes", RelayConfiguration.DEFAULT_MAX_MESSAGE_BYTES));
        if (root.containsKey("threads")) {
            builder.threads(root.getInt("threads"));
        }
        if (root.containsKey("connectTimeoutSeconds")) {
            builder.connectTimeout(Duration.ofSeconds(root.getInt("connectTimeoutSeconds")));
        }
        if (root.containsKey("requestTimeoutSeconds")) {
            builder.requestTimeout(Duration.ofSeconds(root.getInt("requestTimeoutSeconds")));
        }
        for (var route : root.getJsonObject("routes").entrySet()) {
            if (!(route.getValue() instanceof JsonString endpoint)) {
                throw new IllegalArgumentException("routes." + route.getKey() + " must be an endpoint URI string");
            }
            builder.route(route.getKey(), URI.create(endpoint.getString()));
        }
        if (root.containsKey("regionTrustAnchors")) {
            PemFiles.certificates(dir.resolve(root.getString("regionTrustAnchors"))).forEach(builder::regionTrustAnchor);
        }
        if (root.containsKey("tls") && root.get("tls") != JsonValue.NULL) {
            JsonObject tls = root.getJsonObject("tls");
            refuseUnknown(tls, TLS_SETTINGS, "tls.");
            builder.serverIdentity(new ServerIdentity(PemFiles.privateKey(dir.resolve(tls.getString("privateKey"))),
                    PemFiles.certificates(dir.resolve(tls.getString("certificateChain")))));
        }
        return builder;
    }

    private static void refuseUnknown(JsonObject object, Set<String> known, String prefix) {
        object.keySet().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("unknown setting '" + prefix + key + "'; known: " + known);
        });
    }
}
