package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The key aggregate's side of imported material: expiry rules and the state moves of KMS-SPEC §2.4 and §3. */
class ImportedMaterialTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void expiryDefaultsAndRules() {
        assertEquals(new MaterialExpiry(MaterialExpiry.DOES_NOT_EXPIRE, null), MaterialExpiry.parse(null, null, NOW));
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertEquals(new MaterialExpiry(MaterialExpiry.EXPIRES, tomorrow), MaterialExpiry.parse(null, tomorrow, NOW));
        assertEquals(new MaterialExpiry(MaterialExpiry.EXPIRES, tomorrow), MaterialExpiry.parse(MaterialExpiry.EXPIRES, tomorrow, NOW));
        assertEquals("validTo", refused(() -> MaterialExpiry.parse(MaterialExpiry.EXPIRES, null, NOW)));
        assertEquals("validTo", refused(() -> MaterialExpiry.parse(MaterialExpiry.DOES_NOT_EXPIRE, tomorrow, NOW)));
        assertEquals("validTo", refused(() -> MaterialExpiry.parse(null, NOW, NOW)));
        assertEquals("validTo", refused(() -> MaterialExpiry.parse(null, NOW.plus(Duration.ofDays(365)).plusSeconds(1), NOW)));
        assertEquals(NOW.plus(Duration.ofDays(365)), MaterialExpiry.parse(null, NOW.plus(Duration.ofDays(365)), NOW).validTo());
        assertEquals("expirationModel", refused(() -> MaterialExpiry.parse("SOMETIMES", null, NOW)));
    }

    @Test
    void importEnablesAndDeletionReturnsToPendingImport() {
        Key key = externalKey();
        assertEquals(KeyState.PendingImport, key.state());
        assertFalse(key.hasImportedMaterial());

        key.materialImported(MaterialExpiry.parse(null, null, Instant.now()));
        assertEquals(KeyState.Enabled, key.state());
        assertEquals(Key.IMPORTED_MATERIAL_VERSION, key.currentMaterialVersion());
        assertEquals(MaterialExpiry.DOES_NOT_EXPIRE, key.record().getExpirationModel());

        key.disable();
        key.materialImported(MaterialExpiry.parse(null, Instant.now().plus(Duration.ofDays(2)), Instant.now()));
        assertEquals(KeyState.Disabled, key.state(), "a reimport changes the expiry, not the state");
        assertEquals(MaterialExpiry.EXPIRES, key.record().getExpirationModel());

        key.deleteImportedMaterial();
        assertEquals(KeyState.PendingImport, key.state());
        assertNull(key.record().getValidTo());
        assertNull(key.record().getExpirationModel());
        assertEquals(KmsError.KMSInvalidStateException,
                assertThrows(KmsException.class, key::currentMaterialVersion).error());
    }

    @Test
    void expiredMaterialIsUnusableBeforeTheSweep() {
        Key key = externalKey();
        key.materialImported(MaterialExpiry.parse(null, Instant.now().plusSeconds(60), Instant.now()));
        key.record().setMaterialExpiry(Instant.now().minusSeconds(1), MaterialExpiry.EXPIRES);
        assertTrue(key.materialExpired(Instant.now()));
        assertEquals(KeyState.PendingImport, key.state());
        assertEquals(KmsError.KMSInvalidStateException,
                assertThrows(KmsException.class, () -> key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT)).error());
        assertEquals(KmsError.KMSInvalidStateException, assertThrows(KmsException.class, key::currentMaterialVersion).error());

        key.materialImported(MaterialExpiry.parse(null, null, Instant.now()));
        assertEquals(KeyState.Enabled, key.state(), "importing the material again makes it usable");
    }

    @Test
    void aKeyPendingDeletionStaysSoWhenItsMaterialGoes() {
        Key key = externalKey();
        key.materialImported(MaterialExpiry.parse(null, null, Instant.now()));
        key.scheduleDeletion(7, Instant.now());
        key.deleteImportedMaterial();
        assertEquals(KeyState.PendingDeletion, key.state());
        key.cancelDeletion();
        assertEquals(KeyState.PendingImport, key.state(), "without material a cancelled key waits for its import");
    }

    @Test
    void keysThatCannotHoldImportedMaterialRefuseTheImportOperations() {
        Key generated = Key.create("1234abcd-12ab-34cd-56ef-1234567890ab", "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, NOW);
        assertEquals(KmsError.UnsupportedOperationException,
                assertThrows(KmsException.class, generated::deleteImportedMaterial).error());
        assertEquals(KmsError.UnsupportedOperationException, assertThrows(KmsException.class,
                () -> generated.materialImported(MaterialExpiry.parse(null, null, NOW))).error());
    }

    private static Key externalKey() {
        return Key.create("0000abcd-12ab-34cd-56ef-1234567890ab", "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.EXTERNAL, NOW);
    }

    private static String refused(org.junit.jupiter.api.function.Executable call) {
        KmsException refusal = assertThrows(KmsException.class, call);
        assertEquals(KmsError.ValidationException, refusal.error());
        return refusal.getMessage().contains("validTo") ? "validTo"
                : refusal.getMessage().contains("expirationModel") ? "expirationModel" : refusal.getMessage();
    }
}
