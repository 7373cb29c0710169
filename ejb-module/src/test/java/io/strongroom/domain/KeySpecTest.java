package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Usages and algorithm lists per key spec (KMS-SPEC §2.1). */
class KeySpecTest {

    @Test
    void validUsagesFollowTheSpecTable() {
        assertEquals(List.of(KeyUsage.ENCRYPT_DECRYPT), KeySpec.SYMMETRIC_DEFAULT.validUsages());
        assertEquals(List.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY), KeySpec.RSA_4096.validUsages());
        assertEquals(List.of(KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT), KeySpec.ECC_NIST_P521.validUsages());
        assertEquals(List.of(KeyUsage.SIGN_VERIFY), KeySpec.ECC_SECG_P256K1.validUsages());
        assertEquals(List.of(KeyUsage.GENERATE_VERIFY_MAC), KeySpec.HMAC_384.validUsages());
    }

    @Test
    void anAbsentUsageDefaultsToEncryptDecryptOnlyWhereThatIsValid() {
        assertEquals(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.parse("keyUsage", null, KeySpec.RSA_2048));
        assertValidation(() -> KeyUsage.parse("keyUsage", null, KeySpec.HMAC_256));
        assertValidation(() -> KeyUsage.parse("keyUsage", null, KeySpec.ECC_NIST_P256));
        assertValidation(() -> KeyUsage.parse("keyUsage", "KEY_AGREEMENT", KeySpec.ECC_SECG_P256K1));
        assertValidation(() -> KeyUsage.parse("keyUsage", "SIGN_VERIFY", KeySpec.HMAC_256));
        assertValidation(() -> KeyUsage.parse("keyUsage", "ENCRYPT_DECRYPT", KeySpec.ECC_NIST_P384));
        assertEquals(KeyUsage.KEY_AGREEMENT, KeyUsage.parse("keyUsage", "KEY_AGREEMENT", KeySpec.ECC_NIST_P384));
    }

    @Test
    void knownButNotOfferedSpecsAreUnsupported() {
        for (String spec : List.of("ECC_NIST_EDWARDS25519", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "SM2")) {
            KmsException error = assertThrows(KmsException.class, () -> KeySpec.parse("keySpec", spec));
            assertEquals(KmsError.UnsupportedOperationException, error.error(), spec);
        }
        assertValidation(() -> KeySpec.parse("keySpec", "RSA_1024"));
        assertValidation(() -> KeySpec.parseKeyPairSpec("keyPairSpec", "HMAC_256"));
        assertValidation(() -> KeySpec.parseKeyPairSpec("keyPairSpec", null));
        assertEquals(KeySpec.ECC_SECG_P256K1, KeySpec.parseKeyPairSpec("keyPairSpec", "ECC_SECG_P256K1"));
    }

    @Test
    void algorithmListsDependOnSpecAndUsage() {
        assertEquals(List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"), KeySpec.RSA_2048.encryptionAlgorithms(KeyUsage.ENCRYPT_DECRYPT));
        assertEquals(List.of(), KeySpec.RSA_2048.encryptionAlgorithms(KeyUsage.SIGN_VERIFY));
        assertEquals(6, KeySpec.RSA_3072.signingAlgorithms(KeyUsage.SIGN_VERIFY).size());
        assertEquals(List.of("ECDSA_SHA_256"), KeySpec.ECC_SECG_P256K1.signingAlgorithms(KeyUsage.SIGN_VERIFY));
        assertEquals(List.of("ECDSA_SHA_384"), KeySpec.ECC_NIST_P384.signingAlgorithms(KeyUsage.SIGN_VERIFY));
        assertEquals(List.of("ECDSA_SHA_512"), KeySpec.ECC_NIST_P521.signingAlgorithms(KeyUsage.SIGN_VERIFY));
        assertEquals(List.of(), KeySpec.ECC_NIST_P256.signingAlgorithms(KeyUsage.KEY_AGREEMENT));
        assertEquals(List.of("ECDH"), KeySpec.ECC_NIST_P256.keyAgreementAlgorithms(KeyUsage.KEY_AGREEMENT));
        assertEquals(List.of("HMAC_SHA_224"), KeySpec.HMAC_224.macAlgorithms());
        assertEquals(List.of(), KeySpec.SYMMETRIC_DEFAULT.macAlgorithms());
    }

    private static void assertValidation(org.junit.jupiter.api.function.Executable call) {
        assertEquals(KmsError.ValidationException, assertThrows(KmsException.class, call).error());
    }
}
