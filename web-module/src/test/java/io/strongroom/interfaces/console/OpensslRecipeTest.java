package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.domain.KeySpec;
import io.strongroom.infrastructure.crypto.imports.WrappingAlgorithm;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpensslRecipeTest {

    private static final String PUBLIC_KEY = "WrappingPublicKey-1234abcd-20261124T120000.der";

    @Test
    void symmetricMaterialUnderOaepSha256IsThirtyTwoRawBytesEncryptedWithBothHashesNamed() {
        List<OpensslRecipe.Step> steps = OpensslRecipe.steps(KeySpec.SYMMETRIC_DEFAULT, WrappingAlgorithm.RSAES_OAEP_SHA_256,
                PUBLIC_KEY);
        assertEquals(2, steps.size());
        assertEquals("openssl rand -out PlaintextKeyMaterial.bin 32", steps.get(0).commands());
        assertEquals("openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin -out EncryptedKeyMaterial.bin \\\n"
                + "  -inkey " + PUBLIC_KEY + " -keyform DER -pubin -pkeyopt rsa_padding_mode:oaep"
                + " -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256", steps.get(1).commands());
    }

    @Test
    void oaepSha1IsTheDocumentedCommandWithoutTheMgf1Option() {
        String wrap = OpensslRecipe.wrapCommands(KeySpec.HMAC_384, WrappingAlgorithm.RSAES_OAEP_SHA_1, PUBLIC_KEY);
        assertTrue(wrap.endsWith("-pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1"), wrap);
        assertFalse(wrap.contains("mgf1"), wrap);
    }

    @Test
    void hmacMaterialHasTheSpecsExactLength() {
        assertEquals("openssl rand -out PlaintextKeyMaterial.bin 28", OpensslRecipe.materialCommands(KeySpec.HMAC_224));
        assertEquals("openssl rand -out PlaintextKeyMaterial.bin 64", OpensslRecipe.materialCommands(KeySpec.HMAC_512));
    }

    @Test
    void rsaMaterialIsPkcs8DerWrappedWithAesKeyWrapThenConcatenated() {
        assertEquals("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -outform der \\\n"
                + "  | openssl pkcs8 -topk8 -inform der -outform der -nocrypt -out PlaintextKeyMaterial.der",
                OpensslRecipe.materialCommands(KeySpec.RSA_3072));
        String wrap = OpensslRecipe.wrapCommands(KeySpec.RSA_3072, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, PUBLIC_KEY);
        assertEquals("openssl rand -out aes-key.bin 32\n"
                + "openssl enc -id-aes256-wrap-pad -K \"$(xxd -p < aes-key.bin | tr -d '\\n')\" -iv A65959A6 \\\n"
                + "  -in PlaintextKeyMaterial.der -out key-material-wrapped.bin\n"
                + "openssl pkeyutl -encrypt -in aes-key.bin -out aes-key-wrapped.bin -inkey " + PUBLIC_KEY + " \\\n"
                + "  -keyform DER -pubin -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1\n"
                + "cat aes-key-wrapped.bin key-material-wrapped.bin > EncryptedKeyMaterial.bin", wrap);
    }

    @Test
    void ecMaterialUsesTheOpensslCurveNameOnANamedCurve() {
        assertTrue(OpensslRecipe.materialCommands(KeySpec.ECC_SECG_P256K1).contains(
                "-pkeyopt ec_paramgen_curve:secp256k1 -pkeyopt ec_param_enc:named_curve"));
        assertTrue(OpensslRecipe.materialCommands(KeySpec.ECC_NIST_P521).contains("ec_paramgen_curve:P-521"));
        String wrap = OpensslRecipe.wrapCommands(KeySpec.ECC_NIST_P256, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, PUBLIC_KEY);
        assertTrue(wrap.contains("-in PlaintextKeyMaterial.der -out key-material-wrapped.bin"), wrap);
        assertTrue(wrap.contains("rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256"), wrap);
    }

    @Test
    void refusedAlgorithmsHaveNoRecipe() {
        assertThrows(IllegalArgumentException.class,
                () -> OpensslRecipe.wrapCommands(KeySpec.SYMMETRIC_DEFAULT, WrappingAlgorithm.RSAES_PKCS1_V1_5, PUBLIC_KEY));
    }

    @Test
    void importErrorsGetAdviceInPlainWords() {
        assertNotNull(ImportWizard.advice(KmsError.IncorrectKeyMaterialException));
        assertTrue(ImportWizard.advice(KmsError.ExpiredImportTokenException).contains("start over"));
        assertNull(ImportWizard.advice(KmsError.NotFoundException));
    }
}
