package io.strongroom.interfaces.api;

import io.strongroom.client.KeyMetadata;
import io.strongroom.client.MultiRegionConfiguration;
import io.strongroom.client.MultiRegionKey;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The wire forms of the AWS JSON protocol: blobs as standard base64, timestamps as epoch seconds
 * with a millisecond fraction, and KeyMetadata with its conditional members left out when unset.
 */
public final class JsonOutput {

    private JsonOutput() {
    }

    public static String blob(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Encodes a secret blob and wipes the array, so the plaintext stays in one place only. */
    public static String blobAndWipe(byte[] secret) {
        try {
            return blob(secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Epoch seconds with millisecond fraction, e.g. 1700000000.123. */
    public static BigDecimal timestamp(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    public static JsonObject keyMetadata(KeyMetadata key) {
        JsonObjectBuilder json = ApiJson.createObjectBuilder()
                .add("AWSAccountId", key.awsAccountId())
                .add("KeyId", key.keyId())
                .add("Arn", key.arn())
                .add("CreationDate", timestamp(key.creationDate()))
                .add("Enabled", key.enabled());
        addIfSet(json, "Description", key.description());
        addIfSet(json, "KeyUsage", key.keyUsage());
        addIfSet(json, "KeyState", key.keyState());
        if (key.deletionDate() != null) {
            json.add("DeletionDate", timestamp(key.deletionDate()));
        }
        if (key.validTo() != null) {
            json.add("ValidTo", timestamp(key.validTo()));
        }
        addIfSet(json, "Origin", key.origin());
        addIfSet(json, "CustomKeyStoreId", key.customKeyStoreId());
        if (key.xksKeyId() != null) {
            json.add("XksKeyConfiguration", ApiJson.createObjectBuilder().add("Id", key.xksKeyId()));
        }
        addIfSet(json, "ExpirationModel", key.expirationModel());
        addIfSet(json, "KeyManager", key.keyManager());
        addIfSet(json, "CustomerMasterKeySpec", key.keySpec());
        addIfSet(json, "KeySpec", key.keySpec());
        addIfNotEmpty(json, "EncryptionAlgorithms", key.encryptionAlgorithms());
        addIfNotEmpty(json, "SigningAlgorithms", key.signingAlgorithms());
        addIfNotEmpty(json, "MacAlgorithms", key.macAlgorithms());
        addIfNotEmpty(json, "KeyAgreementAlgorithms", key.keyAgreementAlgorithms());
        json.add("MultiRegion", key.multiRegion());
        if (key.multiRegionConfiguration() != null) {
            json.add("MultiRegionConfiguration", multiRegionConfiguration(key.multiRegionConfiguration()));
        }
        if (key.pendingDeletionWindowInDays() != null) {
            json.add("PendingDeletionWindowInDays", key.pendingDeletionWindowInDays());
        }
        return json.build();
    }

    /** ReplicaKeys is always present on a multi-Region key, empty for a primary without replicas (as AWS answers). */
    private static JsonObject multiRegionConfiguration(MultiRegionConfiguration configuration) {
        JsonArrayBuilder replicas = ApiJson.createArrayBuilder();
        configuration.replicaKeys().forEach(replica -> replicas.add(multiRegionKey(replica)));
        return ApiJson.createObjectBuilder()
                .add("MultiRegionKeyType", configuration.multiRegionKeyType())
                .add("PrimaryKey", multiRegionKey(configuration.primaryKey()))
                .add("ReplicaKeys", replicas)
                .build();
    }

    private static JsonObject multiRegionKey(MultiRegionKey key) {
        return ApiJson.createObjectBuilder().add("Arn", key.arn()).add("Region", key.region()).build();
    }

    private static void addIfSet(JsonObjectBuilder json, String member, String value) {
        if (value != null) {
            json.add(member, value);
        }
    }

    private static void addIfNotEmpty(JsonObjectBuilder json, String member, List<String> values) {
        if (values != null && !values.isEmpty()) {
            json.add(member, ApiJson.createArrayBuilder(values));
        }
    }
}
