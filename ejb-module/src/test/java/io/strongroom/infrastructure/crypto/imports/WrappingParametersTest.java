package io.strongroom.infrastructure.crypto.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Parsing WrappingAlgorithm and WrappingKeySpec from their wire names, and the OAEP parameters. */
class WrappingParametersTest {

    @ParameterizedTest
    @EnumSource(value = WrappingAlgorithm.class, names = {"RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256",
            "RSA_AES_KEY_WRAP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256"})
    void theFourAlgorithmsParse(WrappingAlgorithm algorithm) {
        assertEquals(algorithm, WrappingAlgorithm.parse("WrappingAlgorithm", algorithm.name()));
        assertEquals(algorithm.name().startsWith("RSA_AES"), algorithm.isKeyWrap());
    }

    @Test
    void deprecatedAndChinaOnlyAlgorithmsAreRefusedWithTheirReason() {
        String pkcs1 = validationMessage(() -> WrappingAlgorithm.parse("WrappingAlgorithm", "RSAES_PKCS1_V1_5"));
        String sm2 = validationMessage(() -> WrappingAlgorithm.parse("WrappingAlgorithm", "SM2PKE"));

        assertTrue(pkcs1.contains("'WrappingAlgorithm'") && pkcs1.contains("deprecated"), pkcs1);
        assertTrue(sm2.contains("'WrappingAlgorithm'") && sm2.contains("China"), sm2);
    }

    @Test
    void unknownOrMissingAlgorithmsAreValidationErrorsNamingTheField() {
        for (String value : new String[] {"RSAES_OAEP_SHA_512", "rsaes_oaep_sha_256", "", null}) {
            String message = validationMessage(() -> WrappingAlgorithm.parse("WrappingAlgorithm", value));
            assertTrue(message.contains("'WrappingAlgorithm'"), message);
        }
    }

    /** MGF1 uses the OAEP hash; the JDK would default it to SHA-1. */
    @Test
    void oaepParametersUseMgf1WithTheSameHash() {
        OAEPParameterSpec sha256 = WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256.oaepParameters();
        OAEPParameterSpec sha1 = WrappingAlgorithm.RSAES_OAEP_SHA_1.oaepParameters();

        assertEquals("SHA-256", sha256.getDigestAlgorithm());
        assertEquals("SHA-256", ((MGF1ParameterSpec) sha256.getMGFParameters()).getDigestAlgorithm());
        assertEquals("SHA-1", sha1.getDigestAlgorithm());
        assertEquals("SHA-1", ((MGF1ParameterSpec) sha1.getMGFParameters()).getDigestAlgorithm());
        assertEquals("SHA-256", WrappingAlgorithm.RSAES_OAEP_SHA_256.oaepParameters().getDigestAlgorithm());
    }

    @Test
    void theThreeRsaSpecsParse() {
        assertEquals(WrappingKeySpec.RSA_2048, WrappingKeySpec.parse("WrappingKeySpec", "RSA_2048"));
        assertEquals(3072, WrappingKeySpec.parse("WrappingKeySpec", "RSA_3072").bits());
        assertEquals(512, WrappingKeySpec.parse("WrappingKeySpec", "RSA_4096").modulusBytes());
    }

    @Test
    void sm2AndUnknownSpecsAreRefusedNamingTheField() {
        String sm2 = validationMessage(() -> WrappingKeySpec.parse("WrappingKeySpec", "SM2"));
        assertTrue(sm2.contains("'WrappingKeySpec'") && sm2.contains("China"), sm2);
        assertFalse(WrappingKeySpec.SM2.isOffered());
        for (String value : new String[] {"RSA_1024", "RSA_8192", "ECC_NIST_P256", null}) {
            String message = validationMessage(() -> WrappingKeySpec.parse("WrappingKeySpec", value));
            assertTrue(message.contains("'WrappingKeySpec'"), message);
        }
    }

    private static String validationMessage(org.junit.jupiter.api.function.Executable call) {
        KmsException e = assertThrows(KmsException.class, call);
        assertEquals(KmsError.ValidationException, e.error());
        return e.getMessage();
    }
}
