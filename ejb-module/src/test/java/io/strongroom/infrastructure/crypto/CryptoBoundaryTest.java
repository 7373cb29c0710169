package io.strongroom.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CryptoBoundaryTest {

    private static final String KEY_A = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String KEY_B = "bbbbbbbb-12ab-34cd-56ef-1234567890ab";
    private static final byte[] PLAINTEXT = "attack at dawn".getBytes(StandardCharsets.UTF_8);

    private final CryptoBoundary crypto = new CryptoBoundary();

    @BeforeEach
    void installRootKey() {
        byte[] root = new byte[32];
        Arrays.fill(root, (byte) 1);
        crypto.installRootKey(root);
    }

    @Test
    void encryptsAndDecryptsWithTheContextAsAad() {
        byte[] material = crypto.generateSymmetricMaterial(KEY_A, 1);
        byte[] blob = crypto.encrypt(KEY_A, 1, material, PLAINTEXT, Map.of("purpose", "test"));
        assertArrayEquals(PLAINTEXT, crypto.decrypt(CiphertextBlob.parse(blob), material, Map.of("purpose", "test")));
        assertInvalidCiphertext(() -> crypto.decrypt(CiphertextBlob.parse(blob), material, Map.of("purpose", "other")));
        assertInvalidCiphertext(() -> crypto.decrypt(CiphertextBlob.parse(blob), material, Map.of()));
    }

    @Test
    void everyFlippedByteIsDetected() {
        byte[] material = crypto.generateSymmetricMaterial(KEY_A, 1);
        byte[] blob = crypto.encrypt(KEY_A, 1, material, PLAINTEXT, Map.of());
        for (int i = 0; i < blob.length; i++) {
            byte[] tampered = blob.clone();
            tampered[i] ^= 0x01;
            assertThrows(KmsException.class, () -> crypto.decrypt(CiphertextBlob.parse(tampered), material, Map.of()),
                    "byte " + i);
        }
    }

    @Test
    void aBlobNeverOpensUnderAnotherKeyEvenWithTheSameMaterialBytes() {
        byte[] materialA = crypto.generateSymmetricMaterial(KEY_A, 1);
        byte[] blob = crypto.encrypt(KEY_A, 1, materialA, PLAINTEXT, Map.of());
        CiphertextBlob parsed = CiphertextBlob.parse(blob);
        CiphertextBlob relabelled = new CiphertextBlob(KEY_B, 1, parsed.iv(), parsed.sealed());
        // The sealed material is bound to key A, so key B cannot even unseal it ...
        assertThrows(KmsException.class, () -> crypto.decrypt(relabelled, materialA, Map.of()));
    }

    @Test
    void sealedMaterialIsBoundToKeyAndVersionAndUnreadableWithoutTheRootKey() {
        byte[] material = crypto.generateSymmetricMaterial(KEY_A, 1);
        assertEquals(12 + 32 + 16, material.length);
        assertThrows(KmsException.class, () -> crypto.encrypt(KEY_A, 2, material, PLAINTEXT, Map.of()));
        assertThrows(KmsException.class, () -> crypto.encrypt(KEY_B, 1, material, PLAINTEXT, Map.of()));
        CryptoBoundary otherRegion = new CryptoBoundary();
        otherRegion.installRootKey(new byte[32]);
        assertThrows(KmsException.class, () -> otherRegion.encrypt(KEY_A, 1, material, PLAINTEXT, Map.of()));
    }

    @Test
    void rootKeyCheckValueDetectsAWrongRootKey() {
        byte[] check = crypto.newRootKeyCheckValue();
        assertTrue(crypto.verifyRootKeyCheckValue(check));
        CryptoBoundary other = new CryptoBoundary();
        other.installRootKey(new byte[32]);
        assertFalse(other.verifyRootKeyCheckValue(check));
    }

    @Test
    void secretsAreSealedPerOwner() {
        byte[] secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = crypto.sealSecret("api", "AKIA1", secret);
        assertNotEquals(new String(secret, StandardCharsets.UTF_8), new String(sealed, StandardCharsets.ISO_8859_1));
        assertArrayEquals(secret, crypto.unsealSecret("api", "AKIA1", sealed));
        assertThrows(KmsException.class, () -> crypto.unsealSecret("api", "AKIA2", sealed));
    }

    @Test
    void dataKeysDecryptToTheirPlaintext() {
        byte[] material = crypto.generateSymmetricMaterial(KEY_A, 1);
        CryptoBoundary.GeneratedDataKey dataKey = crypto.generateDataKey(KEY_A, 1, material, 32, Map.of());
        assertEquals(32, dataKey.plaintext().length);
        assertArrayEquals(dataKey.plaintext(),
                crypto.decrypt(CiphertextBlob.parse(dataKey.ciphertextBlob()), material, Map.of()));
    }

    private static void assertInvalidCiphertext(org.junit.jupiter.api.function.Executable call) {
        assertEquals(KmsError.InvalidCiphertextException, assertThrows(KmsException.class, call).error());
    }
}
