package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.OpensslKeyMaterial;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsInvalidSignatureException;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * What the seed promises for imported material: it behaves exactly like the key the user made with
 * OpenSSL. Signatures verify with the ORIGINAL public key (derived by openssl from the material it
 * generated, not fetched from Strongroom) and openssl's signatures verify in Strongroom; an imported
 * HMAC key gives openssl's tag; an imported RSA encryption key decrypts openssl's OAEP ciphertexts.
 */
@RegionTest
@Order(3)
class ImportInteropIT {

    private static final byte[] MESSAGE = "imported elsewhere, used here".getBytes(StandardCharsets.UTF_8);
    private static final AlgorithmSpec KEY_WRAP = AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_256;

    private static KmsClient kms;
    private static OpensslKeyMaterial openssl;

    @BeforeAll
    static void connect(URI endpoint) throws IOException {
        kms = KmsClients.sdk(endpoint);
        openssl = new OpensslKeyMaterial(Files.createTempDirectory(TestRegion.workDirectory(), "import-interop-"));
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void importedRsaKeySignsLikeTheOriginalAndVerifiesOpensslSignatures() {
        byte[] privateKey = openssl.rsaPrivateKey(2048);
        String keyId = importedKey(KeySpec.RSA_2048, KeyUsageType.SIGN_VERIFY, privateKey, KEY_WRAP);
        Path original = originalPublicKey(privateKey);
        assertArrayEquals(OpensslKeyMaterial.read(original), kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray(),
                "GetPublicKey answers the public half of the imported material");
        Path message = openssl.write("message-", ".txt", MESSAGE);
        Path privateDer = openssl.write("rsa-private-", ".der", privateKey);
        List<SigningAlgorithmSpec> algorithms = kms.getPublicKey(r -> r.keyId(keyId)).signingAlgorithms();
        assertEquals(6, algorithms.size(), algorithms.toString());
        for (SigningAlgorithmSpec algorithm : algorithms) {
            String name = algorithm.toString();
            String digest = "-sha" + name.substring(name.length() - 3);
            String pss = name.startsWith("RSASSA_PSS") ? " -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest"
                    + " -sigopt rsa_mgf1_md:" + digest.substring(1) : "";
            Path strongroomSignature = openssl.write("sig-", ".bin", sign(keyId, algorithm));
            assertTrue(openssl.shell("openssl dgst " + digest + " -verify " + original + " -keyform DER" + pss
                    + " -signature " + strongroomSignature + " " + message).contains("Verified OK"), name);

            Path opensslSignature = openssl.file("openssl-sig-", ".bin");
            openssl.shell("openssl dgst " + digest + " -sign " + privateDer + " -keyform DER" + pss
                    + " -out " + opensslSignature + " " + message);
            assertVerifies(keyId, algorithm, OpensslKeyMaterial.read(opensslSignature));
        }
    }

    @Test
    void importedEccKeysSignLikeTheOriginalAndVerifyOpensslSignatures() {
        for (String curve : List.of("P-256", "secp256k1")) {
            KeySpec spec = curve.equals("P-256") ? KeySpec.ECC_NIST_P256 : KeySpec.ECC_SECG_P256_K1;
            byte[] privateKey = openssl.ecPrivateKey(curve);
            String keyId = importedKey(spec, KeyUsageType.SIGN_VERIFY, privateKey, KEY_WRAP);
            Path original = originalPublicKey(privateKey);
            assertArrayEquals(OpensslKeyMaterial.read(original),
                    kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray(), curve);
            Path message = openssl.write("message-", ".txt", MESSAGE);

            Path strongroomSignature = openssl.write("sig-", ".bin", sign(keyId, SigningAlgorithmSpec.ECDSA_SHA_256));
            assertTrue(openssl.shell("openssl dgst -sha256 -verify " + original + " -keyform DER -signature "
                    + strongroomSignature + " " + message).contains("Verified OK"), curve);

            Path privateDer = openssl.write("ec-private-", ".der", privateKey);
            Path opensslSignature = openssl.file("openssl-sig-", ".bin");
            openssl.shell("openssl dgst -sha256 -sign " + privateDer + " -keyform DER -out " + opensslSignature + " " + message);
            assertVerifies(keyId, SigningAlgorithmSpec.ECDSA_SHA_256, OpensslKeyMaterial.read(opensslSignature));
        }
    }

    @Test
    void importedHmacKeyGivesOpensslsTag() {
        byte[] material = OpensslKeyMaterial.randomBytes(32);
        String keyId = importedKey(KeySpec.HMAC_256, KeyUsageType.GENERATE_VERIFY_MAC, material,
                AlgorithmSpec.RSAES_OAEP_SHA_256);
        Path message = openssl.write("message-", ".txt", MESSAGE);
        // OpenSSL 3.0: "openssl mac -digest SHA256 -macopt hexkey:<hex> -in <file> HMAC" prints the tag in upper-case hex.
        String opensslTag = openssl.shell("openssl mac -digest SHA256 -macopt hexkey:" + HexFormat.of().formatHex(material)
                + " -in " + message + " HMAC").trim().toLowerCase(Locale.ROOT);
        byte[] tag = kms.generateMac(r -> r.keyId(keyId).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
                .message(SdkBytes.fromByteArray(MESSAGE))).mac().asByteArray();
        assertEquals(64, opensslTag.length(), opensslTag);
        assertEquals(opensslTag, HexFormat.of().formatHex(tag));
        assertTrue(kms.verifyMac(r -> r.keyId(keyId).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
                .message(SdkBytes.fromByteArray(MESSAGE)).mac(SdkBytes.fromByteArray(HexFormat.of().parseHex(opensslTag))))
                .macValid());
    }

    @Test
    void importedRsaEncryptionKeyDecryptsWhatOpensslEncryptedWithTheOriginalPublicKey() {
        byte[] privateKey = openssl.rsaPrivateKey(3072);
        String keyId = importedKey(KeySpec.RSA_3072, KeyUsageType.ENCRYPT_DECRYPT, privateKey,
                AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_1);
        Path original = originalPublicKey(privateKey);
        Path plaintext = openssl.write("plaintext-", ".txt", MESSAGE);
        for (String hash : List.of("sha256", "sha1")) {
            Path ciphertext = openssl.file("ciphertext-", ".bin");
            openssl.shell("openssl pkeyutl -encrypt -pubin -inkey " + original + " -keyform DER"
                    + " -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:" + hash + " -pkeyopt rsa_mgf1_md:" + hash
                    + " -in " + plaintext + " -out " + ciphertext);
            EncryptionAlgorithmSpec algorithm = hash.equals("sha1") ? EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1
                    : EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256;
            SdkBytes fromOpenssl = SdkBytes.fromByteArray(OpensslKeyMaterial.read(ciphertext));
            assertArrayEquals(MESSAGE, kms.decrypt(r -> r.keyId(keyId).encryptionAlgorithm(algorithm)
                    .ciphertextBlob(fromOpenssl)).plaintext().asByteArray(), hash);
        }
    }

    /** Creates an EXTERNAL key, imports the material wrapped by openssl, and checks it became Enabled. */
    private static String importedKey(KeySpec spec, KeyUsageType usage, byte[] material, AlgorithmSpec algorithm) {
        String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL).keySpec(spec).keyUsage(usage)
                .description("it-import-interop")).keyMetadata().keyId();
        GetParametersForImportResponse parameters = kms.getParametersForImport(r -> r.keyId(keyId)
                .wrappingAlgorithm(algorithm).wrappingKeySpec(WrappingKeySpec.RSA_3072));
        byte[] wrapped = openssl.wrap(algorithm.toString(), parameters.publicKey().asByteArray(), material);
        kms.importKeyMaterial(r -> r.keyId(keyId).importToken(parameters.importToken())
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped)));
        assertEquals(KeyState.ENABLED, kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState(), spec.toString());
        return keyId;
    }

    /** The public key openssl derives from the private key it generated: what the user holds. */
    private static Path originalPublicKey(byte[] privateKeyDer) {
        Path privateKey = openssl.write("private-", ".der", privateKeyDer);
        Path publicKey = openssl.file("original-public-", ".der");
        openssl.shell("openssl pkey -inform DER -in " + privateKey + " -pubout -outform DER -out " + publicKey);
        return publicKey;
    }

    private static byte[] sign(String keyId, SigningAlgorithmSpec algorithm) {
        return kms.sign(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(MESSAGE)).messageType(MessageType.RAW)
                .signingAlgorithm(algorithm)).signature().asByteArray();
    }

    /** Verify accepts the signature over MESSAGE and refuses it over another message. */
    private static void assertVerifies(String keyId, SigningAlgorithmSpec algorithm, byte[] signature) {
        SdkBytes bytes = SdkBytes.fromByteArray(signature);
        assertTrue(kms.verify(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(MESSAGE)).messageType(MessageType.RAW)
                .signingAlgorithm(algorithm).signature(bytes)).signatureValid(), algorithm.toString());
        byte[] other = "another message".getBytes(StandardCharsets.UTF_8);
        boolean otherValid;
        try {
            otherValid = kms.verify(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(other)).messageType(MessageType.RAW)
                    .signingAlgorithm(algorithm).signature(bytes)).signatureValid();
        } catch (KmsInvalidSignatureException refused) {
            otherValid = false;
        }
        assertFalse(otherValid, algorithm + " accepted a signature over another message");
    }
}
