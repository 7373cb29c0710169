package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.SqlRows;
import io.strongroom.it.TestDatabase;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.CreateKeyRequest;
import software.amazon.awssdk.services.kms.model.CreateKeyResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.MultiRegionConfiguration;
import software.amazon.awssdk.services.kms.model.MultiRegionKey;
import software.amazon.awssdk.services.kms.model.MultiRegionKeyType;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.ScheduleKeyDeletionResponse;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.Tag;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;

/**
 * Multi-Region keys in one region through the real AWS SDK (KMS-SPEC §6): CreateKey with
 * MultiRegion=true, DescribeKey's MultiRegionConfiguration, the key in every operation a
 * single-Region key serves, and the deletion of a primary. A replica, and a primary's replica in
 * another Region, only arrive through replication; their rows are written into the database
 * directly, as that replication will write them, to check what the API then answers.
 */
@RegionTest
@Order(2)
class MultiRegionKeysIT {

    private static final String ARN_PREFIX = "arn:aws:kms:" + TestRegion.REGION + ":" + TestRegion.ACCOUNT_ID + ":key/";

    private static KmsClient kms;
    private static SqlRows database;

    @BeforeAll
    static void connect(URI endpoint) {
        kms = KmsClients.sdk(endpoint);
        database = new SqlRows(TestDatabase.dataSource());
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void createKeyMultiRegionMakesAPrimaryThatDescribeKeyShows() {
        CreateKeyResponse created = kms.createKey(r -> r.multiRegion(true).description("it-mrk"));
        KeyMetadata key = created.keyMetadata();
        assertTrue(key.keyId().matches("mrk-[0-9a-f]{32}"), key.keyId());
        assertEquals(ARN_PREFIX + key.keyId(), key.arn());
        assertEquals(true, key.multiRegion());
        assertEquals(KeyState.ENABLED, key.keyState());
        MultiRegionConfiguration configuration = key.multiRegionConfiguration();
        assertEquals(MultiRegionKeyType.PRIMARY, configuration.multiRegionKeyType());
        assertEquals(MultiRegionKey.builder().arn(key.arn()).region(TestRegion.REGION).build(), configuration.primaryKey());
        assertEquals(List.of(), configuration.replicaKeys());
        assertNull(key.pendingDeletionWindowInDays());

        KeyMetadata described = kms.describeKey(r -> r.keyId(key.keyId())).keyMetadata();
        assertEquals(key, described);
        assertEquals(key.keyId(), kms.describeKey(r -> r.keyId(key.arn())).keyMetadata().keyId());
        assertTrue(kms.listKeys(r -> r.limit(1000)).keys().stream().anyMatch(k -> k.keyId().equals(key.keyId())));
    }

    @Test
    void encryptAndDecryptRoundTrip() {
        String keyId = newPrimary();
        Map<String, String> context = Map.of("purpose", "multi-region");
        SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(utf8("across regions")).encryptionContext(context))
                .ciphertextBlob();
        var decrypted = kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(context));
        assertEquals("across regions", decrypted.plaintext().asUtf8String());
        assertEquals(ARN_PREFIX + keyId, decrypted.keyId());
        var dataKey = kms.generateDataKey(r -> r.keyId(keyId).numberOfBytes(32));
        assertEquals(dataKey.plaintext(), kms.decrypt(r -> r.ciphertextBlob(dataKey.ciphertextBlob())).plaintext());
    }

    @Test
    void asymmetricHmacAndImportedMultiRegionKeys() {
        String signing = create(r -> r.keySpec(KeySpec.ECC_NIST_P256).keyUsage(KeyUsageType.SIGN_VERIFY));
        SdkBytes signature = kms.sign(r -> r.keyId(signing).message(utf8("signed")).signingAlgorithm(
                SigningAlgorithmSpec.ECDSA_SHA_256)).signature();
        assertTrue(kms.verify(r -> r.keyId(signing).message(utf8("signed")).signature(signature)
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)).signatureValid());

        String mac = create(r -> r.keySpec(KeySpec.HMAC_256).keyUsage(KeyUsageType.GENERATE_VERIFY_MAC));
        SdkBytes tag = kms.generateMac(r -> r.keyId(mac).message(utf8("m")).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)).mac();
        assertTrue(kms.verifyMac(r -> r.keyId(mac).message(utf8("m")).mac(tag).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256))
                .macValid());

        String rsa = create(r -> r.keySpec(KeySpec.RSA_2048).keyUsage(KeyUsageType.ENCRYPT_DECRYPT));
        assertTrue(kms.getPublicKey(r -> r.keyId(rsa)).publicKey().asByteArray().length > 0);

        KeyMetadata imported = kms.createKey(r -> r.multiRegion(true).origin(OriginType.EXTERNAL)).keyMetadata();
        assertEquals(KeyState.PENDING_IMPORT, imported.keyState());
        assertEquals(MultiRegionKeyType.PRIMARY, imported.multiRegionConfiguration().multiRegionKeyType());
        assertTrue(kms.getParametersForImport(r -> r.keyId(imported.keyId()).wrappingAlgorithm("RSAES_OAEP_SHA_256")
                .wrappingKeySpec("RSA_2048")).importToken().asByteArray().length > 0);
    }

    @Test
    void aliasesTagsAndPoliciesWorkOnAPrimary() {
        String keyId = newPrimary();
        String alias = "alias/it-mrk-" + keyId.substring(4, 16);
        kms.createAlias(r -> r.aliasName(alias).targetKeyId(keyId));
        assertEquals(keyId, kms.describeKey(r -> r.keyId(alias)).keyMetadata().keyId());
        kms.encrypt(r -> r.keyId(alias).plaintext(utf8("by alias")));

        kms.tagResource(r -> r.keyId(keyId).tags(Tag.builder().tagKey("scope").tagValue("global").build()));
        assertEquals(List.of(Tag.builder().tagKey("scope").tagValue("global").build()),
                kms.listResourceTags(r -> r.keyId(keyId)).tags());

        String policy = kms.getKeyPolicy(r -> r.keyId(keyId)).policy().replace("key-default-1", "key-mrk-1");
        kms.putKeyPolicy(r -> r.keyId(keyId).policyName("default").policy(policy));
        assertEquals(policy, kms.getKeyPolicy(r -> r.keyId(keyId)).policy());
    }

    @Test
    void thePrimaryRotatesAndKeepsDecryptingOlderCiphertexts() {
        String keyId = newPrimary();
        SdkBytes before = kms.encrypt(r -> r.keyId(keyId).plaintext(utf8("before"))).ciphertextBlob();
        kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));
        assertTrue(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled());
        kms.rotateKeyOnDemand(r -> r.keyId(keyId));
        assertEquals(1, kms.listKeyRotations(r -> r.keyId(keyId)).rotations().size());
        assertEquals("before", kms.decrypt(r -> r.ciphertextBlob(before)).plaintext().asUtf8String());
        kms.disableKeyRotation(r -> r.keyId(keyId));
    }

    @Test
    void aPrimaryWithoutReplicasIsScheduledForDeletionLikeAnyKey() {
        String keyId = newPrimary();
        Instant before = Instant.now();
        ScheduleKeyDeletionResponse scheduled = kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
        assertEquals(KeyState.PENDING_DELETION, scheduled.keyState());
        assertTrue(Duration.between(before.plus(Duration.ofDays(7)), scheduled.deletionDate()).abs()
                .compareTo(Duration.ofMinutes(2)) < 0, scheduled.deletionDate().toString());
        KeyMetadata pending = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
        assertEquals(scheduled.deletionDate(), pending.deletionDate());
        assertNull(pending.pendingDeletionWindowInDays());
        kms.cancelKeyDeletion(r -> r.keyId(keyId));
        assertEquals(KeyState.DISABLED, kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState());
    }

    @Test
    void aPrimaryWithAReplicaWaitsForItWithoutADeletionDate() throws Exception {
        String keyId = newPrimary();
        database.execute("insert into key_replica (key_id, region, key_state) values (?, 'eu-west-2', 'Enabled')", keyId);
        assertEquals(List.of(MultiRegionKey.builder().arn("arn:aws:kms:eu-west-2:" + TestRegion.ACCOUNT_ID + ":key/" + keyId)
                .region("eu-west-2").build()), describe(keyId).multiRegionConfiguration().replicaKeys());

        ScheduleKeyDeletionResponse scheduled = kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(20));
        assertEquals(KeyState.PENDING_REPLICA_DELETION, scheduled.keyState());
        assertNull(scheduled.deletionDate());
        assertEquals(20, scheduled.pendingWindowInDays());
        KeyMetadata waiting = describe(keyId);
        assertEquals(KeyState.PENDING_REPLICA_DELETION, waiting.keyState());
        assertEquals(20, waiting.pendingDeletionWindowInDays());
        assertNull(waiting.deletionDate());
        assertThrows(KmsInvalidStateException.class, () -> kms.encrypt(r -> r.keyId(keyId).plaintext(utf8("x"))));
        assertThrows(KmsInvalidStateException.class, () -> kms.scheduleKeyDeletion(r -> r.keyId(keyId)));

        kms.cancelKeyDeletion(r -> r.keyId(keyId));
        KeyMetadata back = describe(keyId);
        assertEquals(KeyState.DISABLED, back.keyState());
        assertNull(back.pendingDeletionWindowInDays());
    }

    @Test
    void aReplicaShowsItsPrimaryAndRefusesToChangeSharedProperties() throws Exception {
        String keyId = newPrimary();
        database.execute("update kms_key set multi_region_key_type = 'REPLICA', primary_region = 'eu-west-2'"
                + " where key_id = ?", keyId);
        database.execute("insert into key_replica (key_id, region, key_state) values (?, 'ap-southeast-2', 'Enabled')", keyId);

        MultiRegionConfiguration configuration = describe(keyId).multiRegionConfiguration();
        assertEquals(MultiRegionKeyType.REPLICA, configuration.multiRegionKeyType());
        assertEquals("arn:aws:kms:eu-west-2:" + TestRegion.ACCOUNT_ID + ":key/" + keyId, configuration.primaryKey().arn());
        assertEquals(List.of("ap-southeast-2", TestRegion.REGION),
                configuration.replicaKeys().stream().map(MultiRegionKey::region).toList());

        var refused = assertThrows(UnsupportedOperationException.class, () -> kms.enableKeyRotation(r -> r.keyId(keyId)));
        assertTrue(refused.awsErrorDetails().errorMessage().contains("eu-west-2"), refused.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> kms.disableKeyRotation(r -> r.keyId(keyId)));
        assertThrows(UnsupportedOperationException.class, () -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)));
        assertEquals(false, kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled());

        // Independent properties are the replica's own.
        kms.updateKeyDescription(r -> r.keyId(keyId).description("replica's own"));
        kms.tagResource(r -> r.keyId(keyId).tags(Tag.builder().tagKey("region").tagValue("us-east-1").build()));
        kms.disableKey(r -> r.keyId(keyId));
        kms.enableKey(r -> r.keyId(keyId));
        assertEquals("replica's own", describe(keyId).description());
        SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(utf8("replica"))).ciphertextBlob();
        assertEquals("replica", kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asUtf8String());
        // A replica is deleted with its own window, whatever its peers.
        assertEquals(KeyState.PENDING_DELETION, kms.scheduleKeyDeletion(r -> r.keyId(keyId)).keyState());
    }

    @Test
    void customKeyStoresHoldNoMultiRegionKeys() throws Exception {
        long keysBefore = database.count("select count(*) from kms_key");
        var refused = assertThrows(UnsupportedOperationException.class, () -> kms.createKey(r -> r.multiRegion(true)
                .origin(OriginType.EXTERNAL_KEY_STORE).customKeyStoreId("cks-1234567890abcdef0").xksKeyId("ekm-key-1")));
        assertTrue(refused.awsErrorDetails().errorMessage().contains("multiRegion"), refused.getMessage());
        assertEquals(keysBefore, database.count("select count(*) from kms_key"));
    }

    private static String newPrimary() {
        return create(r -> { });
    }

    private static String create(java.util.function.Consumer<CreateKeyRequest.Builder> settings) {
        KeyMetadata key = kms.createKey(r -> settings.accept(r.multiRegion(true).description("it-mrk"))).keyMetadata();
        assertEquals(MultiRegionKeyType.PRIMARY, key.multiRegionConfiguration().multiRegionKeyType());
        return key.keyId();
    }

    private static KeyMetadata describe(String keyId) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    }

    private static SdkBytes utf8(String text) {
        return SdkBytes.fromString(text, StandardCharsets.UTF_8);
    }
}
