package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyTest {

    private static final RegionIdentity REGION = new RegionIdentity("us-east-1", "111122223333");

    @Test
    void aNewSymmetricKeyIsEnabledWithFullMetadata() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Key key = newKey();
        KeyMetadata metadata = key.metadata(REGION);
        assertEquals("Enabled", metadata.keyState());
        assertEquals(true, metadata.enabled());
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/" + key.id(), metadata.arn());
        assertEquals(List.of("SYMMETRIC_DEFAULT"), metadata.encryptionAlgorithms());
        assertEquals("CUSTOMER", metadata.keyManager());
        assertEquals("AWS_KMS", metadata.origin());
        assertEquals(now, metadata.creationDate());
        assertNull(metadata.deletionDate());
        assertEquals(1, key.currentMaterialVersion());
    }

    @Test
    void cryptographyIsRefusedInEveryStateButEnabledAndUpdating() {
        Map<KeyState, KmsError> expected = Map.of(
                KeyState.Disabled, KmsError.DisabledException,
                KeyState.PendingDeletion, KmsError.KMSInvalidStateException,
                KeyState.PendingReplicaDeletion, KmsError.KMSInvalidStateException,
                KeyState.PendingImport, KmsError.KMSInvalidStateException,
                KeyState.Unavailable, KmsError.KMSInvalidStateException,
                KeyState.Creating, KmsError.KMSInvalidStateException);
        for (KeyState state : KeyState.values()) {
            Key key = newKey();
            key.record().setKeyState(state.name());
            if (expected.containsKey(state)) {
                KmsException e = assertThrows(KmsException.class, () -> key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT));
                assertEquals(expected.get(state), e.error(), state.name());
            } else {
                key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
            }
        }
    }

    @Test
    void wrongUsageIsInvalidKeyUsage() {
        KmsException e = assertThrows(KmsException.class, () -> newKey().ensureUsableFor(KeyUsage.SIGN_VERIFY));
        assertEquals(KmsError.InvalidKeyUsageException, e.error());
    }

    @Test
    void specsUsagesAndOriginsParseStrictly() {
        assertEquals(KeySpec.SYMMETRIC_DEFAULT, KeySpec.parse("keySpec", null));
        assertEquals(KmsError.ValidationException, assertThrows(KmsException.class, () -> KeySpec.parse("keySpec", "NOPE")).error());
        assertEquals(KmsError.UnsupportedOperationException,
                assertThrows(KmsException.class, () -> KeySpec.parse("keySpec", "ML_DSA_44")).error());
        assertEquals(KmsError.ValidationException,
                assertThrows(KmsException.class, () -> KeyUsage.parse("keyUsage", "SIGN_VERIFY", KeySpec.SYMMETRIC_DEFAULT)).error());
        assertEquals(KmsError.UnsupportedOperationException,
                assertThrows(KmsException.class, () -> Origin.parse("origin", "AWS_CLOUDHSM")).error());
        assertEquals(Origin.EXTERNAL, Origin.parse("origin", "EXTERNAL"));
    }

    @Test
    void anEnabledKeyInAnExternalKeyStoreIsUnavailableWhileTheStoreIsNotConnected() {
        for (String storeState : new String[] {null, "DISCONNECTED", "CONNECTING", "FAILED", "DISCONNECTING"}) {
            assertEquals(KeyState.Unavailable, Key.externalKeyState(KeyState.Enabled, storeState), storeState);
        }
        assertEquals(KeyState.Enabled, Key.externalKeyState(KeyState.Enabled, "CONNECTED"));
        for (KeyState kept : new KeyState[] {KeyState.Disabled, KeyState.PendingDeletion}) {
            assertEquals(kept, Key.externalKeyState(kept, "DISCONNECTED"), kept.name());
            assertEquals(kept, Key.externalKeyState(kept, "CONNECTED"), kept.name());
        }
    }

    @Test
    void aKeyInAnExternalKeyStoreHasOwnMaterialAndNamesItsStore() {
        Key key = externalKey();
        assertEquals(1, key.currentMaterialVersion());
        assertEquals(Origin.EXTERNAL_KEY_STORE, key.origin());
        // No store loaded counts as not connected.
        KeyMetadata metadata = key.metadata(REGION);
        assertEquals("Unavailable", metadata.keyState());
        assertEquals(false, metadata.enabled());
        assertEquals("EXTERNAL_KEY_STORE", metadata.origin());
        assertEquals("CUSTOMER", metadata.keyManager());
        assertEquals("cks-1234567890abcdef0", metadata.customKeyStoreId());
        assertEquals("ekm-key-1", metadata.xksKeyId());
        assertNull(newKey().metadata(REGION).customKeyStoreId());
        assertNull(newKey().metadata(REGION).xksKeyId());
    }

    @Test
    void anUnavailableKeyRefusesCryptographyAndTakesEnableAndDisableForLater() {
        Key key = externalKey();
        KmsException refused = assertThrows(KmsException.class, () -> key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT));
        assertEquals(KmsError.KMSInvalidStateException, refused.error());
        key.disable();
        assertEquals("Disabled", key.record().getKeyState());
        assertEquals(KeyState.Disabled, key.state());
        key.enable();
        assertEquals("Enabled", key.record().getKeyState());
        assertEquals(KeyState.Unavailable, key.state());
    }

    @Test
    void aKeyInAnExternalKeyStoreNeitherRotatesNorImports() {
        Key key = externalKey();
        assertEquals(KmsError.UnsupportedOperationException,
                assertThrows(KmsException.class, () -> KeyRotationRules.ensureRotatable(key)).error());
        for (KeyOperation operation : new KeyOperation[] {KeyOperation.GET_PARAMETERS_FOR_IMPORT,
                KeyOperation.IMPORT_KEY_MATERIAL, KeyOperation.DELETE_IMPORTED_KEY_MATERIAL}) {
            assertEquals(KmsError.UnsupportedOperationException,
                    assertThrows(KmsException.class, () -> key.ensureAllowed(operation)).error(), operation.name());
        }
        Optional<Instant> deletion = key.scheduleDeletion(7, Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(KeyState.PendingDeletion, key.state());
        assertEquals(Optional.of(Instant.parse("2026-11-30T10:00:00Z")), deletion);
    }

    private static Key externalKey() {
        return Key.createInExternalKeyStore("1234abcd-12ab-34cd-56ef-1234567890ab", "", "cks-1234567890abcdef0",
                "ekm-key-1", Instant.parse("2026-11-23T10:00:00Z"));
    }

    private static Key newKey() {
        return Key.create("1234abcd-12ab-34cd-56ef-1234567890ab", "test", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, Instant.parse("2026-11-23T10:00:00Z"));
    }
}
