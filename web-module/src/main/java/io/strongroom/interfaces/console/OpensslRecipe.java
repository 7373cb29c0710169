package io.strongroom.interfaces.console;

import io.strongroom.domain.KeySpec;
import io.strongroom.infrastructure.crypto.imports.ImportedMaterialValidator;
import io.strongroom.infrastructure.crypto.imports.WrappingAlgorithm;
import java.io.Serializable;
import java.util.List;

/**
 * The {@code openssl} commands that prepare key material for ImportKeyMaterial, as the AWS import
 * documentation gives them (KMS-SPEC §4.2), with the import wizard's file names filled in. Operators
 * copy them from the key page, so they must match what the service unwraps: raw bytes for
 * symmetric and HMAC material, PKCS#8 DER for RSA and EC private keys.
 */
public final class OpensslRecipe {

    /** The file the wrapped material is written to, which the operator uploads. */
    public static final String ENCRYPTED_MATERIAL = "EncryptedKeyMaterial.bin";

    private static final int SYMMETRIC_LENGTH = 32;

    /** One titled block of commands, shown as one copyable code block. */
    public record Step(String title, String commands) implements Serializable {
    }

    private OpensslRecipe() {
    }

    /** The material's file name: raw bytes (.bin) or a PKCS#8 DER private key (.der). */
    public static String materialFile(KeySpec spec) {
        return spec.isRsa() || spec.isEcc() ? "PlaintextKeyMaterial.der" : "PlaintextKeyMaterial.bin";
    }

    /**
     * The two steps: the material (how to make new material of the key's spec, or where the
     * operator's own goes) and wrapping it under the downloaded DER public key.
     */
    public static List<Step> steps(KeySpec spec, WrappingAlgorithm algorithm, String publicKeyDerFile) {
        return List.of(new Step(materialTitle(spec), materialCommands(spec)),
                new Step("Wrap it with " + algorithm.name() + " under the downloaded public key",
                        wrapCommands(spec, algorithm, publicKeyDerFile)));
    }

    private static String materialTitle(KeySpec spec) {
        if (spec.isRsa() || spec.isEcc()) {
            return "Your " + spec.name() + " private key as unencrypted PKCS#8 DER in " + materialFile(spec)
                    + " (or make a new one)";
        }
        return "Your " + rawLength(spec) + " bytes of key material, raw, in " + materialFile(spec)
                + " (or make new random material)";
    }

    static String materialCommands(KeySpec spec) {
        String out = materialFile(spec);
        if (spec.isRsa()) {
            return "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:" + spec.name().substring("RSA_".length())
                    + " -outform der \\\n  | openssl pkcs8 -topk8 -inform der -outform der -nocrypt -out " + out;
        }
        if (spec.isEcc()) {
            return "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:" + curve(spec)
                    + " -pkeyopt ec_param_enc:named_curve \\\n  -outform der"
                    + " | openssl pkcs8 -topk8 -inform der -outform der -nocrypt -out " + out;
        }
        return "openssl rand -out " + out + " " + rawLength(spec);
    }

    static String wrapCommands(KeySpec spec, WrappingAlgorithm algorithm, String publicKeyDerFile) {
        String hash = algorithm == WrappingAlgorithm.RSAES_OAEP_SHA_1 || algorithm == WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1
                ? "sha1" : "sha256";
        // §4.2 gives RSAES_OAEP_SHA_1 without the MGF1 option (OpenSSL's MGF1 follows the OAEP hash);
        // every other algorithm names both hashes.
        String oaep = "-pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:" + hash
                + (algorithm == WrappingAlgorithm.RSAES_OAEP_SHA_1 ? "" : " -pkeyopt rsa_mgf1_md:" + hash);
        switch (algorithm) {
            case RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256 -> {
                return "openssl pkeyutl -encrypt -in " + materialFile(spec) + " -out " + ENCRYPTED_MATERIAL
                        + " \\\n  -inkey " + publicKeyDerFile + " -keyform DER -pubin " + oaep;
            }
            case RSA_AES_KEY_WRAP_SHA_1, RSA_AES_KEY_WRAP_SHA_256 -> {
                return "openssl rand -out aes-key.bin 32\n"
                        + "openssl enc -id-aes256-wrap-pad -K \"$(xxd -p < aes-key.bin | tr -d '\\n')\" -iv A65959A6 \\\n"
                        + "  -in " + materialFile(spec) + " -out key-material-wrapped.bin\n"
                        + "openssl pkeyutl -encrypt -in aes-key.bin -out aes-key-wrapped.bin -inkey " + publicKeyDerFile
                        + " \\\n  -keyform DER -pubin " + oaep + "\n"
                        + "cat aes-key-wrapped.bin key-material-wrapped.bin > " + ENCRYPTED_MATERIAL;
            }
            default -> throw new IllegalArgumentException(algorithm + " is not offered");
        }
    }

    /** KMS-SPEC §4.3: symmetric keys take 32 bytes, HMAC keys exactly their spec's length. */
    private static int rawLength(KeySpec spec) {
        return spec == KeySpec.SYMMETRIC_DEFAULT ? SYMMETRIC_LENGTH : ImportedMaterialValidator.hmacLength(spec);
    }

    private static String curve(KeySpec spec) {
        return switch (spec) {
            case ECC_NIST_P256 -> "P-256";
            case ECC_NIST_P384 -> "P-384";
            case ECC_NIST_P521 -> "P-521";
            case ECC_SECG_P256K1 -> "secp256k1";
            default -> throw new IllegalArgumentException(spec + " has no importable curve");
        };
    }
}
