package io.strongroom.application.replication;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the peer regions file ({@code STRONGROOM_PEER_REGIONS_FILE}), which lets an operator
 * register peers without the console:
 * <pre>{"peerRegions": [{"region": "eu-west-1", "endpoint": "https://kms.eu.example/replication",
 *   "publicKeyPem": "-----BEGIN PUBLIC KEY-----\n…", "fingerprint": "3a:4b:…"}]}</pre>
 * A file that does not have this shape stops the start: a peer silently left out would only show
 * later, as replications that fail.
 */
public final class PeerRegionsFile {

    private static final List<String> FIELDS = List.of("region", "endpoint", "publicKeyPem", "fingerprint");

    private PeerRegionsFile() {
    }

    public static List<PeerDeclaration> read(Path file) {
        try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(text);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the peer regions file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw new IllegalStateException("The peer regions file " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    static List<PeerDeclaration> parse(Reader text) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(text)) {
            root = reader.readObject();
        }
        if (!(root.get("peerRegions") instanceof JsonArray entries)) {
            throw new IllegalArgumentException("the top-level object needs a \"peerRegions\" array");
        }
        List<PeerDeclaration> declarations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("peerRegions[" + i + "] is not an object");
            }
            JsonObject entry = entries.getJsonObject(i);
            List<String> values = new ArrayList<>();
            for (String field : FIELDS) {
                if (!(entry.get(field) instanceof JsonString value)) {
                    throw new IllegalArgumentException("peerRegions[" + i + "]." + field + " must be a string");
                }
                values.add(value.getString());
            }
            declarations.add(new PeerDeclaration(values.get(0), values.get(1), values.get(2), values.get(3)));
        }
        return declarations;
    }
}
