package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strongroom.it.KmsClients;
import io.strongroom.it.OpensslKeyMaterial;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * Every wrapping algorithm × wrapping key size × material type the import accepts (KMS-SPEC §4.3):
 * material made and wrapped with the real {@code openssl} CLI as the AWS documentation shows,
 * imported through the AWS SDK, and then proven to be the material that was sent (the key's public
 * key is the material's, its MAC is the material's, symmetric material encrypts and decrypts).
 */
@RegionTest
@Order(3)
class ImportMatrixIT {

    private static final Map<String, byte[]> MATERIAL = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> PUBLIC_KEYS = new ConcurrentHashMap<>();

    private static KmsClient kms;
    private static Path work;
    private static OpensslKeyMaterial openssl;

    @BeforeAll
    static void connect(URI endpoint) throws IOException {
        kms = KmsClients.sdk(endpoint);
        work = Files.createTempDirectory(TestRegion.workDirectory(), "import-matrix-");
        openssl = new OpensslKeyMaterial(work);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    /** (wrapping algorithm, wrapping key spec, key spec, key usage) for every accepted combination. */
    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (WrappingKeySpec wrappingSpec : List.of(WrappingKeySpec.RSA_2048, WrappingKeySpec.RSA_3072, WrappingKeySpec.RSA_4096)) {
            for (AlgorithmSpec oaep : List.of(AlgorithmSpec.RSAES_OAEP_SHA_1, AlgorithmSpec.RSAES_OAEP_SHA_256)) {
                all.add(Arguments.of(oaep, wrappingSpec, KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT));
                for (KeySpec hmac : List.of(KeySpec.HMAC_224, KeySpec.HMAC_256, KeySpec.HMAC_384, KeySpec.HMAC_512)) {
                    all.add(Arguments.of(oaep, wrappingSpec, hmac, KeyUsageType.GENERATE_VERIFY_MAC));
                }
                for (KeySpec ecc : List.of(KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384, KeySpec.ECC_NIST_P521, KeySpec.ECC_SECG_P256_K1)) {
                    // A P-521 private key is too large for OAEP under a 2048-bit wrapping key (KMS-SPEC §4.3).
                    if (!(ecc == KeySpec.ECC_NIST_P521 && wrappingSpec == WrappingKeySpec.RSA_2048)) {
                        all.add(Arguments.of(oaep, wrappingSpec, ecc, KeyUsageType.SIGN_VERIFY));
                    }
                }
            }
            for (AlgorithmSpec aesWrap : List.of(AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_1, AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_256)) {
                for (KeySpec rsa : List.of(KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096)) {
                    all.add(Arguments.of(aesWrap, wrappingSpec, rsa, KeyUsageType.SIGN_VERIFY));
                }
                for (KeySpec ecc : List.of(KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384, KeySpec.ECC_NIST_P521, KeySpec.ECC_SECG_P256_K1)) {
                    all.add(Arguments.of(aesWrap, wrappingSpec, ecc, KeyUsageType.SIGN_VERIFY));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void importsAndUsesTheMaterialThatWasSent(AlgorithmSpec algorithm, WrappingKeySpec wrappingSpec, KeySpec keySpec,
                                              KeyUsageType usage) {
        String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL).keySpec(keySpec).keyUsage(usage)
                .description("it-import-matrix")).keyMetadata().keyId();
        byte[] material = material(keySpec);
        GetParametersForImportResponse parameters = kms.getParametersForImport(r -> r.keyId(keyId)
                .wrappingAlgorithm(algorithm).wrappingKeySpec(wrappingSpec));
        byte[] wrapped = openssl.wrap(algorithm.toString(), parameters.publicKey().asByteArray(), material);

        kms.importKeyMaterial(r -> r.keyId(keyId).importToken(parameters.importToken())
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped)));

        assertEquals(KeyState.ENABLED, kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState());
        proveMaterial(keyId, keySpec, material);
    }

    private static void proveMaterial(String keyId, KeySpec keySpec, byte[] material) {
        byte[] message = "imported and in use".getBytes(StandardCharsets.UTF_8);
        if (keySpec == KeySpec.SYMMETRIC_DEFAULT) {
            SdkBytes ciphertext = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(message))).ciphertextBlob();
            assertArrayEquals(message, kms.decrypt(r -> r.ciphertextBlob(ciphertext)).plaintext().asByteArray());
        } else if (keySpec.toString().startsWith("HMAC_")) {
            String bits = keySpec.toString().substring("HMAC_".length());
            byte[] expected = hmac("HmacSHA" + bits, material, message);
            byte[] actual = kms.generateMac(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(message))
                    .macAlgorithm(MacAlgorithmSpec.fromValue("HMAC_SHA_" + bits))).mac().asByteArray();
            assertArrayEquals(expected, actual, "the MAC under the imported key is the MAC under the material");
        } else {
            byte[] publicKey = kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray();
            assertArrayEquals(publicKeyOf(keySpec), publicKey, "GetPublicKey answers the imported private key's public key");
        }
    }

    /** One material per key spec and test run: generating RSA-4096 keys with openssl takes seconds. */
    private static byte[] material(KeySpec keySpec) {
        return MATERIAL.computeIfAbsent(keySpec.toString(), spec -> switch (keySpec) {
            case SYMMETRIC_DEFAULT -> OpensslKeyMaterial.randomBytes(32);
            case HMAC_224 -> OpensslKeyMaterial.randomBytes(28);
            case HMAC_256 -> OpensslKeyMaterial.randomBytes(32);
            case HMAC_384 -> OpensslKeyMaterial.randomBytes(48);
            case HMAC_512 -> OpensslKeyMaterial.randomBytes(64);
            case RSA_2048 -> openssl.rsaPrivateKey(2048);
            case RSA_3072 -> openssl.rsaPrivateKey(3072);
            case RSA_4096 -> openssl.rsaPrivateKey(4096);
            case ECC_NIST_P256 -> openssl.ecPrivateKey("P-256");
            case ECC_NIST_P384 -> openssl.ecPrivateKey("P-384");
            case ECC_NIST_P521 -> openssl.ecPrivateKey("P-521");
            case ECC_SECG_P256_K1 -> openssl.ecPrivateKey("secp256k1");
            default -> throw new IllegalArgumentException("no material for " + keySpec);
        });
    }

    /** The DER public key openssl derives from the private key material. */
    private static byte[] publicKeyOf(KeySpec keySpec) {
        return PUBLIC_KEYS.computeIfAbsent(keySpec.toString(), spec -> {
            Path privateKey = openssl.write("private-", ".der", material(keySpec));
            Path publicKey = openssl.file("public-", ".der");
            openssl.shell("openssl pkey -inform DER -in " + privateKey + " -pubout -outform DER -out " + publicKey);
            return OpensslKeyMaterial.read(publicKey);
        });
    }

    private static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
