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
                assertThrows(KmsException.class, () -> Origin.parse("origin", "EXTERNAL_KEY_STORE")).error());
        assertEquals(Origin.EXTERNAL, Origin.parse("origin", "EXTERNAL"));
    }

    private static Key newKey() {
        return Key.create("1234abcd-12ab-34cd-56ef-1234567890ab", "test", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, Instant.parse("2026-11-23T10:00:00Z"));
    }
}
