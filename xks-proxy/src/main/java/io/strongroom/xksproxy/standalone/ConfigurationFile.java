package io.strongroom.xksproxy.standalone;

import io.strongroom.xksproxy.EkmFleetEntry;
import io.strongroom.xksproxy.EkmHealthStatus;
import io.strongroom.xksproxy.KeyUsage;
import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.XksProxyConfiguration;
import io.strongroom.xksproxy.pki.IssuedCertificate;
import io.strongroom.xksproxy.pki.Pem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code xks-proxy.json} in the data dir: listening address and port, region, TLS files (an
 * optional client CA turns on mTLS), the keystore and its password file, the EKM fleet health
 * reports, and the logical key stores with their credentials and keys. Relative paths are resolved
 * against the data dir. The file holds the proxy's SigV4 secrets, so it is written owner-only.
 */
public final class ConfigurationFile {

    public static final String NAME = "xks-proxy.json";

    private ConfigurationFile() {
    }

    /** Reads the file and everything it points to (certificates, keystore password). */
    public static XksProxyConfiguration read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(NAME);
        JsonObject root;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IOException(file + " is not a JSON object: " + e.getMessage(), e);
        }
        try {
            return parse(dataDir, root);
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static XksProxyConfiguration parse(Path dataDir, JsonObject root) throws IOException {
        JsonObject tls = root.getJsonObject("tls");
        XksProxyConfiguration.Builder builder = XksProxyConfiguration.builder()
                .bindAddress(InetAddress.getByName(root.getString("bindAddress", "127.0.0.1")))
                .port(root.getInt("port", 8443))
                .region(root.getString("region", XksProxyConfiguration.DEFAULT_REGION))
                .ekmVendor(root.getString("ekmVendor", "Strongroom"))
                .serverIdentity(IssuedCertificate.read(dataDir.resolve(tls.getString("certificateChain")),
                        dataDir.resolve(tls.getString("privateKey"))));
        if (tls.containsKey("clientCa") && tls.get("clientCa") != JsonValue.NULL) {
            builder.clientCertificateAuthority(Pem.readCertificates(dataDir.resolve(tls.getString("clientCa"))).get(0));
        }
        JsonObject keystore = root.getJsonObject("keystore");
        String password = Files.readString(dataDir.resolve(keystore.getString("passwordFile")), StandardCharsets.UTF_8).strip();
        builder.keystore(dataDir.resolve(keystore.getString("file")), password.toCharArray());
        if (root.containsKey("threads")) {
            builder.threads(root.getInt("threads"));
        }
        for (JsonValue ekm : root.getJsonArray("ekmFleet")) {
            JsonObject entry = ekm.asJsonObject();
            builder.ekm(new EkmFleetEntry(entry.getString("id"), entry.getString("model"),
                    EkmHealthStatus.valueOf(entry.getString("healthStatus", "ACTIVE"))));
        }
        for (JsonValue value : root.getJsonArray("stores")) {
            JsonObject store = value.asJsonObject();
            LogicalKeyStore.Builder logical = LogicalKeyStore.builder(store.getString("uriPrefix"));
            for (JsonValue credential : store.getJsonArray("credentials")) {
                logical.credential(new XksCredential(credential.asJsonObject().getString("accessKeyId"),
                        credential.asJsonObject().getString("secretAccessKey")));
            }
            for (JsonValue key : store.getJsonArray("keys")) {
                JsonObject declared = key.asJsonObject();
                Set<KeyUsage> usages = EnumSet.noneOf(KeyUsage.class);
                declared.getJsonArray("usage").getValuesAs(JsonString.class)
                        .forEach(usage -> usages.add(KeyUsage.valueOf(usage.getString())));
                logical.key(new XksKey(declared.getString("id"), usages,
                        "ENABLED".equals(declared.getString("status", "ENABLED"))));
            }
            builder.store(logical.build());
        }
        return builder.build();
    }

    /** The configuration of a first start; file names are relative to the data dir. */
    static void writeInitial(Path dataDir, DataDirFiles files, int port, LogicalKeyStore store) throws IOException {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        for (XksKey key : store.keys()) {
            JsonArrayBuilder usage = Json.createArrayBuilder();
            key.usages().forEach(u -> usage.add(u.name()));
            keys.add(Json.createObjectBuilder().add("id", key.keyId()).add("usage", usage)
                    .add("status", key.enabled() ? "ENABLED" : "DISABLED"));
        }
        JsonArrayBuilder credentials = Json.createArrayBuilder();
        store.credentials().forEach(c -> credentials.add(Json.createObjectBuilder()
                .add("accessKeyId", c.accessKeyId()).add("secretAccessKey", c.secretAccessKey())));
        EkmFleetEntry ekm = EkmFleetEntry.softwareKeystore();
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("bindAddress", "127.0.0.1")
                .add("port", port)
                .add("region", XksProxyConfiguration.DEFAULT_REGION)
                .add("tls", Json.createObjectBuilder()
                        .add("certificateChain", files.serverChain())
                        .add("privateKey", files.serverKey())
                        .add("clientCa", JsonValue.NULL))
                .add("keystore", Json.createObjectBuilder()
                        .add("file", files.keystore())
                        .add("passwordFile", files.keystorePassword()))
                .add("ekmVendor", "Strongroom")
                .add("ekmFleet", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", ekm.id()).add("model", ekm.model()).add("healthStatus", ekm.healthStatus().name())))
                .add("stores", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("uriPrefix", store.uriPrefix())
                        .add("credentials", credentials)
                        .add("keys", keys)));
        StringWriter text = new StringWriter();
        JsonWriterFactory pretty = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        pretty.createWriter(text).writeObject(root.build());
        Pem.writeOwnerOnly(dataDir.resolve(NAME), text.toString().strip() + "\n");
    }
}
