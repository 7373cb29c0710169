package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KeyMetadata;
import io.strongroom.client.MultiRegionConfiguration;
import io.strongroom.client.MultiRegionKey;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    private static final Instant CREATED = Instant.parse("2023-11-14T22:13:20.123Z");
    private static final String MRK = "mrk-1234abcd12ab34cd56ef1234567890ab";

    @Test
    void timestampsAreEpochSecondsWithMillisecondFraction() {
        assertEquals("1700000000.123", JsonOutput.timestamp(CREATED).toString());
        assertEquals("1700000000.000", JsonOutput.timestamp(Instant.ofEpochSecond(1_700_000_000L)).toString());
    }

    @Test
    void keyMetadataHasTheKmsMemberNames() {
        JsonObject json = JsonOutput.keyMetadata(symmetricKey(null));

        assertEquals("111122223333", json.getString("AWSAccountId"));
        assertEquals("1234abcd-12ab-34cd-56ef-1234567890ab", json.getString("KeyId"));
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", json.getString("Arn"));
        assertEquals("1700000000.123", json.getJsonNumber("CreationDate").toString());
        assertTrue(json.getBoolean("Enabled"));
        assertEquals("ENCRYPT_DECRYPT", json.getString("KeyUsage"));
        assertEquals("Enabled", json.getString("KeyState"));
        assertEquals("AWS_KMS", json.getString("Origin"));
        assertEquals("CUSTOMER", json.getString("KeyManager"));
        assertEquals("SYMMETRIC_DEFAULT", json.getString("KeySpec"));
        assertEquals("SYMMETRIC_DEFAULT", json.getString("CustomerMasterKeySpec"));
        assertEquals(List.of("SYMMETRIC_DEFAULT"), json.getJsonArray("EncryptionAlgorithms")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertFalse(json.getBoolean("MultiRegion"));
    }

    @Test
    void conditionalMembersAppearOnlyWhenSet() {
        JsonObject json = JsonOutput.keyMetadata(symmetricKey(null));
        for (String absent : List.of("DeletionDate", "ValidTo", "ExpirationModel", "SigningAlgorithms",
                "MacAlgorithms", "KeyAgreementAlgorithms", "MultiRegionConfiguration", "PendingDeletionWindowInDays",
                "CustomKeyStoreId", "XksKeyConfiguration")) {
            assertFalse(json.containsKey(absent), absent);
        }
        JsonObject pending = JsonOutput.keyMetadata(symmetricKey(CREATED.plusSeconds(86_400)));
        assertEquals("1700086400.123", pending.getJsonNumber("DeletionDate").toString());
    }

    @Test
    void multiRegionConfigurationHasTheAwsShapeWithAnEmptyReplicaListForALonePrimary() {
        String arn = "arn:aws:kms:us-east-1:111122223333:key/" + MRK;
        JsonObject json = JsonOutput.keyMetadata(multiRegionKey("Enabled",
                new MultiRegionConfiguration("PRIMARY", new MultiRegionKey(arn, "us-east-1"), List.of()), null));
        assertTrue(json.getBoolean("MultiRegion"));
        assertEquals("{\"MultiRegionKeyType\":\"PRIMARY\",\"PrimaryKey\":{\"Arn\":\"" + arn
                + "\",\"Region\":\"us-east-1\"},\"ReplicaKeys\":[]}", json.getJsonObject("MultiRegionConfiguration").toString());
        assertFalse(json.containsKey("PendingDeletionWindowInDays"));
    }

    @Test
    void aPrimaryWaitingForItsReplicasShowsItsWindowAndItsReplicas() {
        MultiRegionKey replica = new MultiRegionKey("arn:aws:kms:eu-west-2:111122223333:key/" + MRK, "eu-west-2");
        JsonObject json = JsonOutput.keyMetadata(multiRegionKey("PendingReplicaDeletion", new MultiRegionConfiguration(
                "PRIMARY", new MultiRegionKey("arn:aws:kms:us-east-1:111122223333:key/" + MRK, "us-east-1"),
                List.of(replica)), 12));
        assertEquals(12, json.getInt("PendingDeletionWindowInDays"));
        assertFalse(json.containsKey("DeletionDate"));
        assertEquals("{\"Arn\":\"" + replica.arn() + "\",\"Region\":\"eu-west-2\"}",
                json.getJsonObject("MultiRegionConfiguration").getJsonArray("ReplicaKeys").get(0).toString());
    }

    @Test
    void aKeyInAnExternalKeyStoreNamesItsStoreAndExternalKey() {
        KeyMetadata key = new KeyMetadata("111122223333", "1234abcd-12ab-34cd-56ef-1234567890ab",
                "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", CREATED, false,
                "", "ENCRYPT_DECRYPT", "Unavailable", null, null, "EXTERNAL_KEY_STORE", null, "CUSTOMER",
                "SYMMETRIC_DEFAULT", List.of("SYMMETRIC_DEFAULT"), List.of(), List.of(), List.of(), null, null,
                "cks-1234567890abcdef0", "ekm-key.1");
        JsonObject json = JsonOutput.keyMetadata(key);
        assertEquals("EXTERNAL_KEY_STORE", json.getString("Origin"));
        assertEquals("Unavailable", json.getString("KeyState"));
        assertEquals("cks-1234567890abcdef0", json.getString("CustomKeyStoreId"));
        assertEquals("{\"Id\":\"ekm-key.1\"}", json.getJsonObject("XksKeyConfiguration").toString());
    }

    private static KeyMetadata symmetricKey(Instant deletionDate) {
        return new KeyMetadata("111122223333", "1234abcd-12ab-34cd-56ef-1234567890ab",
                "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", CREATED, true,
                "test key", "ENCRYPT_DECRYPT", "Enabled", deletionDate, null, "AWS_KMS", null, "CUSTOMER",
                "SYMMETRIC_DEFAULT", List.of("SYMMETRIC_DEFAULT"), List.of(), List.of(), List.of(), null, null, null, null);
    }

    private static KeyMetadata multiRegionKey(String state, MultiRegionConfiguration configuration, Integer window) {
        return new KeyMetadata("111122223333", MRK, "arn:aws:kms:us-east-1:111122223333:key/" + MRK, CREATED,
                "Enabled".equals(state), "", "ENCRYPT_DECRYPT", state, null, null, "AWS_KMS", null, "CUSTOMER",
                "SYMMETRIC_DEFAULT", List.of("SYMMETRIC_DEFAULT"), List.of(), List.of(), List.of(), configuration, window, null,
                null);
    }
}
