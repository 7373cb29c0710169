package io.strongroom.infrastructure.crypto.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.KeySpec;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The length rules of symmetric and HMAC material, and which spec may come under which algorithm. */
class ImportedMaterialValidatorTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<KeySpec, Integer> HMAC_LENGTHS = Map.of(KeySpec.HMAC_224, 28, KeySpec.HMAC_256, 32,
            KeySpec.HMAC_384, 48, KeySpec.HMAC_512, 64);

    @ParameterizedTest
    @EnumSource(value = WrappingAlgorithm.class, names = {"RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"})
    void symmetricMaterialIsExactly32BytesAndKeptAsIs(WrappingAlgorithm algorithm) {
        byte[] material = random(32);

        ImportedMaterial imported = ImportedMaterialValidator.validate(KeySpec.SYMMETRIC_DEFAULT, algorithm, material);

        assertArrayEquals(material, imported.material());
        assertNotSame(material, imported.material());
        assertNull(imported.publicKey());
        for (int length : new int[] {0, 16, 31, 33, 64}) {
            String message = assertIncorrect(KeySpec.SYMMETRIC_DEFAULT, algorithm, random(length));
            assertTrue(message.contains("exactly 32 bytes") && message.contains(length + " bytes"), message);
        }
    }

    @ParameterizedTest
    @EnumSource(value = WrappingAlgorithm.class, names = {"RSA_AES_KEY_WRAP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256"})
    void symmetricMaterialIsRefusedUnderKeyWrapAsKmsSpecListsOaepOnly(WrappingAlgorithm algorithm) {
        String message = assertIncorrect(KeySpec.SYMMETRIC_DEFAULT, algorithm, random(32));
        assertTrue(message.contains("RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256"), message);
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512"})
    void hmacMaterialMatchesTheHashLengthExactly(KeySpec spec) {
        int length = HMAC_LENGTHS.get(spec);
        byte[] material = random(length);

        assertArrayEquals(material, ImportedMaterialValidator.validate(spec, WrappingAlgorithm.RSAES_OAEP_SHA_256,
                material).material());
        String keyWrap = assertIncorrect(spec, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, material);
        assertTrue(keyWrap.contains("RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256"), keyWrap);
        for (int wrong : new int[] {length - 1, length + 1, 16, 128}) {
            String message = assertIncorrect(spec, WrappingAlgorithm.RSAES_OAEP_SHA_1, random(wrong));
            assertTrue(message.contains(spec.name()) && message.contains("exactly " + length + " bytes"), message);
        }
    }

    @Test
    void rsaMaterialNeedsKeyWrapAndTheOtherSpecsTakeEveryAlgorithm() {
        for (WrappingAlgorithm algorithm : WrappingAlgorithm.values()) {
            boolean offered = algorithm.isOffered();
            assertEquals(algorithm.isKeyWrap(), ImportedMaterialValidator.allows(KeySpec.RSA_2048, algorithm));
            assertEquals(offered && !algorithm.isKeyWrap(), ImportedMaterialValidator.allows(KeySpec.SYMMETRIC_DEFAULT, algorithm));
            assertEquals(offered && !algorithm.isKeyWrap(), ImportedMaterialValidator.allows(KeySpec.HMAC_384, algorithm));
            assertEquals(offered, ImportedMaterialValidator.allows(KeySpec.ECC_SECG_P256K1, algorithm));
        }
        byte[] rsa = TestKeys.rsa(WrappingKeySpec.RSA_2048).getPrivate().getEncoded();
        String message = assertIncorrect(KeySpec.RSA_2048, WrappingAlgorithm.RSAES_OAEP_SHA_256, rsa);
        assertTrue(message.contains("RSA_AES_KEY_WRAP_SHA_256"), message);
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"ECC_NIST_EDWARDS25519", "ML_DSA_44", "SM2"})
    void specsWithoutImportAreUnsupported(KeySpec spec) {
        assertFalse(ImportedMaterialValidator.isImportable(spec));
        KmsException e = assertThrows(KmsException.class, () -> ImportedMaterialValidator.validate(spec,
                WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, random(32)));
        assertEquals(KmsError.UnsupportedOperationException, e.error());
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"RSA_2048", "ECC_NIST_P256"})
    void materialThatIsNotPkcs8IsRefusedWithoutEchoingIt(KeySpec spec) {
        byte[] garbage = HexFormat.of().parseHex("0badc0ffee0badc0ffee0badc0ffee0badc0ffee0badc0ffee0badc0ffee0bad");

        for (byte[] material : new byte[][] {garbage, new byte[0], HexFormat.of().parseHex("3000"),
                HexFormat.of().parseHex("020101")}) {
            String message = assertIncorrect(spec, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, material);
            assertTrue(message.contains("PKCS#8"), message);
            assertFalse(message.toLowerCase().contains("c0ffee"), message);
        }
    }

    @Test
    void aPkcs8KeyOfTheOtherFamilyIsRefused() {
        byte[] rsa = TestKeys.rsa(WrappingKeySpec.RSA_2048).getPrivate().getEncoded();
        byte[] ec = EcMaterialTest.generated(KeySpec.ECC_NIST_P256).getPrivate().getEncoded();

        assertTrue(assertIncorrect(KeySpec.ECC_NIST_P256, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, rsa)
                .contains("EC (id-ecPublicKey)"));
        assertTrue(assertIncorrect(KeySpec.RSA_2048, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, ec)
                .contains("RSA (rsaEncryption)"));
    }

    @Test
    void trailingBytesAfterThePkcs8StructureAreRefused() {
        byte[] rsa = TestKeys.rsa(WrappingKeySpec.RSA_2048).getPrivate().getEncoded();
        byte[] extended = java.util.Arrays.copyOf(rsa, rsa.length + 2);

        assertIncorrect(KeySpec.RSA_2048, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, extended);
    }

    static String assertIncorrect(KeySpec spec, WrappingAlgorithm algorithm, byte[] material) {
        KmsException e = assertThrows(KmsException.class, () -> ImportedMaterialValidator.validate(spec, algorithm,
                material));
        assertEquals(KmsError.IncorrectKeyMaterialException, e.error(), e.getMessage());
        return e.getMessage();
    }

    static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
