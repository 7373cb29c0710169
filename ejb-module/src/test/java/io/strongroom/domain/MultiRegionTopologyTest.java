package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.MultiRegionConfiguration;
import io.strongroom.client.MultiRegionKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Multi-Region primaries and replicas in one region: creation, what DescribeKey shows, ReplicateKey's
 * checks, and which properties a replica may change on its own (KMS-SPEC §6).
 */
class MultiRegionTopologyTest {

    static final RegionIdentity HERE = new RegionIdentity("us-east-1", "111122223333");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void createKeyMultiRegionMakesAPrimaryWithNoReplicas() {
        Key key = primary(Origin.AWS_KMS);
        assertTrue(key.id().matches("mrk-[0-9a-f]{32}"), key.id());
        KeyMetadata metadata = key.metadata(HERE);
        assertTrue(metadata.multiRegion());
        assertEquals("Enabled", metadata.keyState());
        assertEquals(new MultiRegionConfiguration("PRIMARY",
                new MultiRegionKey("arn:aws:kms:us-east-1:111122223333:key/" + key.id(), "us-east-1"), List.of()),
                metadata.multiRegionConfiguration());
        assertNull(metadata.pendingDeletionWindowInDays());
        assertEquals(1, key.currentMaterialVersion());
    }

    @Test
    void aSingleRegionKeyHasNoMultiRegionConfigurationAndNoTopology() {
        Key key = Key.create(KeyIds.singleRegion(), "", KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT,
                Origin.AWS_KMS, NOW);
        assertFalse(key.metadata(HERE).multiRegion());
        assertNull(key.metadata(HERE).multiRegionConfiguration());
        assertError(KmsError.UnsupportedOperationException, key::topology);
        key.ensureNotReplica("EnableKeyRotation");
    }

    @Test
    void everyOfferedKeySpecAndUsageCanBeMultiRegionWithGeneratedOrImportedMaterial() {
        List<String> made = new ArrayList<>();
        for (KeySpec spec : KeySpec.values()) {
            for (KeyUsage usage : KeyUsage.values()) {
                if (offered(spec, usage)) {
                    for (Origin origin : List.of(Origin.AWS_KMS, Origin.EXTERNAL)) {
                        Key key = MultiRegionTopology.createPrimary("", spec, usage, origin, HERE, NOW);
                        assertEquals(MultiRegionKeyType.PRIMARY, key.topology().type());
                        made.add(spec + "/" + usage + "/" + origin + "/" + key.state());
                    }
                }
            }
        }
        assertTrue(made.contains("SYMMETRIC_DEFAULT/ENCRYPT_DECRYPT/AWS_KMS/Enabled"), made.toString());
        assertTrue(made.contains("RSA_4096/SIGN_VERIFY/EXTERNAL/PendingImport"), made.toString());
        assertTrue(made.contains("HMAC_512/GENERATE_VERIFY_MAC/AWS_KMS/Enabled"), made.toString());
        assertTrue(made.contains("ECC_NIST_P384/KEY_AGREEMENT/AWS_KMS/Enabled"), made.toString());
        assertTrue(made.contains("ECC_SECG_P256K1/SIGN_VERIFY/EXTERNAL/PendingImport"), made.toString());
    }

    @Test
    void customKeyStoresHoldNoMultiRegionKeys() {
        for (Origin origin : List.of(Origin.EXTERNAL_KEY_STORE, Origin.AWS_CLOUDHSM)) {
            KmsException e = assertThrows(KmsException.class, () -> MultiRegionTopology.createPrimary("",
                    KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, origin, HERE, NOW));
            assertEquals(KmsError.UnsupportedOperationException, e.error());
            assertTrue(e.getMessage().contains("multiRegion"), e.getMessage());
        }
    }

    @Test
    void replicateKeyRecordsACreatingReplicaThatDescribeKeyLists() {
        Key key = primary(Origin.AWS_KMS);
        key.topology().replicaRequested("eu-west-2", HERE);
        key.topology().replicaRequested("ap-southeast-2", HERE);
        assertEquals(Map.of("eu-west-2", KeyState.Creating, "ap-southeast-2", KeyState.Creating), key.topology().replicas());
        assertEquals(List.of("ap-southeast-2", "eu-west-2"), regions(key.metadata(HERE).multiRegionConfiguration().replicaKeys()));
        assertEquals("arn:aws:kms:eu-west-2:111122223333:key/" + key.id(),
                key.metadata(HERE).multiRegionConfiguration().replicaKeys().get(1).arn());

        key.topology().replicaStateReported("eu-west-2", KeyState.Enabled);
        assertEquals(KeyState.Enabled, key.topology().replicas().get("eu-west-2"));
        assertError(KmsError.NotFoundException, () -> key.topology().replicaStateReported("sa-east-1", KeyState.Enabled));
    }

    @Test
    void replicateKeyRefusesBadRegionsAndChangesNothing() {
        Key key = primary(Origin.AWS_KMS);
        key.topology().replicaRequested("eu-west-2", HERE);
        for (String bad : Arrays.asList(null, "", "us-east", "US-EAST-1", "us_east_1", "us-east-1a", "a-b-c-d-e-1",
                "eu-west-" + "9".repeat(30))) {
            KmsException e = assertError(KmsError.ValidationException, () -> key.topology().replicaRequested(bad, HERE));
            assertTrue(e.getMessage().contains("'replicaRegion'"), e.getMessage());
        }
        assertTrue(assertError(KmsError.ValidationException, () -> key.topology().replicaRequested("us-east-1", HERE))
                .getMessage().contains("'replicaRegion'"));
        assertError(KmsError.AlreadyExistsException, () -> key.topology().replicaRequested("eu-west-2", HERE));
        assertEquals(Map.of("eu-west-2", KeyState.Creating), key.topology().replicas());
        key.topology().replicaRequested("us-gov-west-1", HERE);
        key.topology().replicaRequested("ap-northeast-3", HERE);
    }

    @Test
    void onlyAnEnabledPrimaryReplicates() {
        Key disabled = primary(Origin.AWS_KMS);
        disabled.disable();
        assertError(KmsError.DisabledException, () -> disabled.topology().replicaRequested("eu-west-2", HERE));
        Key importing = primary(Origin.EXTERNAL);
        assertError(KmsError.KMSInvalidStateException, () -> importing.topology().replicaRequested("eu-west-2", HERE));
        Key replica = replica(Origin.AWS_KMS);
        replica.topology().replicaCreated(1);
        assertError(KmsError.UnsupportedOperationException, () -> replica.topology().replicaRequested("eu-west-2", HERE));
        assertTrue(disabled.topology().replicas().isEmpty());
        assertTrue(replica.topology().replicas().isEmpty());
    }

    @Test
    void aReplicaListsItselfAmongTheReplicasAndPointsAtItsPrimary() {
        Key key = MultiRegionTopology.createReplica("mrk-1234abcd12ab34cd56ef1234567890ab", "replica",
                KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, "eu-west-2",
                Map.of("ap-southeast-2", KeyState.Enabled), NOW);
        MultiRegionConfiguration configuration = key.metadata(HERE).multiRegionConfiguration();
        assertEquals("REPLICA", configuration.multiRegionKeyType());
        assertEquals(new MultiRegionKey("arn:aws:kms:eu-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab",
                "eu-west-2"), configuration.primaryKey());
        assertEquals(List.of("ap-southeast-2", "us-east-1"), regions(configuration.replicaKeys()));
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab",
                configuration.replicaKeys().get(1).arn());
        assertThrows(IllegalArgumentException.class, () -> MultiRegionTopology.createReplica(KeyIds.singleRegion(), "",
                KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, "eu-west-2", Map.of(), NOW));
    }

    @Test
    void aReplicaChangesItsIndependentPropertiesButNotTheSharedOnes() {
        Key key = replica(Origin.AWS_KMS);
        key.topology().replicaCreated(1);
        key.updateDescription("its own");
        key.disable();
        assertEquals(KeyState.Disabled, key.state());
        key.enable();
        assertEquals("its own", key.metadata(HERE).description());
        for (String operation : List.of("EnableKeyRotation", "DisableKeyRotation", "RotateKeyOnDemand")) {
            KmsException e = assertError(KmsError.UnsupportedOperationException, () -> key.ensureNotReplica(operation));
            assertTrue(e.getMessage().contains(operation) && e.getMessage().contains("eu-west-2"), e.getMessage());
        }
        primary(Origin.AWS_KMS).ensureNotReplica("EnableKeyRotation");
    }

    static Key primary(Origin origin) {
        return MultiRegionTopology.createPrimary("primary", KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, origin,
                HERE, NOW);
    }

    /** A replica in this region of a primary in eu-west-2, as the transport would record it. */
    static Key replica(Origin origin) {
        return MultiRegionTopology.createReplica(KeyIds.multiRegion(), "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, origin, "eu-west-2", Map.of(), NOW);
    }

    static KmsException assertError(KmsError expected, Executable call) {
        KmsException e = assertThrows(KmsException.class, call);
        assertEquals(expected, e.error(), e.getMessage());
        return e;
    }

    private static boolean offered(KeySpec spec, KeyUsage usage) {
        try {
            KeySpec.parse("keySpec", spec.name());
            return KeyUsage.parse("keyUsage", usage.name(), spec) == usage;
        } catch (KmsException notOffered) {
            return false;
        }
    }

    private static List<String> regions(List<MultiRegionKey> keys) {
        return keys.stream().map(MultiRegionKey::region).toList();
    }
}
