package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.KeyAgreementAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/**
 * Asymmetric results interoperate with OpenSSL, the tool users check them with: Strongroom's
 * signatures verify with {@code openssl dgst}/{@code pkeyutl} against GetPublicKey's DER key,
 * OpenSSL's RSA-OAEP ciphertexts decrypt through the API, and ECDH agrees with {@code pkeyutl -derive}.
 */
@RegionTest
@Order(3)
class OpensslInteropIT {

    private static final byte[] MESSAGE = "signed by strongroom, checked by openssl".getBytes(StandardCharsets.UTF_8);

    private static KmsClient kms;

    @TempDir
    Path work;

    @BeforeAll
    static void connect(URI endpoint) {
        kms = KmsClients.sdk(endpoint);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void rsaSignaturesOfEveryAlgorithmVerifyWithOpenssl() throws Exception {
        String keyId = newKey(KeySpec.RSA_3072, KeyUsageType.SIGN_VERIFY);
        Path publicKey = publicKey(keyId);
        Path message = write("message", MESSAGE);
        for (SigningAlgorithmSpec algorithm : kms.getPublicKey(r -> r.keyId(keyId)).signingAlgorithms()) {
            String bits = algorithm.toString().substring(algorithm.toString().length() - 3);
            boolean pss = algorithm.toString().startsWith("RSASSA_PSS");
            Path signature = write("sig-" + algorithm, kms.sign(r -> r.keyId(keyId)
                    .message(SdkBytes.fromByteArray(MESSAGE)).signingAlgorithm(algorithm)).signature().asByteArray());
            List<String> dgst = new ArrayList<>(List.of("openssl", "dgst", "-sha" + bits, "-verify", publicKey.toString(),
                    "-keyform", "DER", "-signature", signature.toString()));
            if (pss) {
                dgst.addAll(List.of("-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:digest",
                        "-sigopt", "rsa_mgf1_md:sha" + bits));
            }
            dgst.add(message.toString());
            assertTrue(openssl(dgst).contains("Verified OK"), algorithm.toString());
        }
    }

    @Test
    void ecdsaDigestSignaturesVerifyWithOpensslPkeyutl() throws Exception {
        for (KeySpec spec : List.of(KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384, KeySpec.ECC_NIST_P521,
                KeySpec.ECC_SECG_P256_K1)) {
            String keyId = newKey(spec, KeyUsageType.SIGN_VERIFY);
            SigningAlgorithmSpec algorithm = kms.getPublicKey(r -> r.keyId(keyId)).signingAlgorithms().get(0);
            String bits = algorithm.toString().substring(algorithm.toString().length() - 3);
            byte[] digest = MessageDigest.getInstance("SHA-" + bits).digest(MESSAGE);
            Path signature = write("sig-" + spec, kms.sign(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(digest))
                    .messageType(MessageType.DIGEST).signingAlgorithm(algorithm)).signature().asByteArray());
            Path publicKey = publicKey(keyId);
            String result = openssl(List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(),
                    "-keyform", "DER", "-in", write("digest-" + spec, digest).toString(), "-sigfile", signature.toString()));
            assertTrue(result.contains("Signature Verified Successfully"), spec + ": " + result);
            // The RAW form of the same algorithm verifies with openssl dgst as well.
            Path raw = write("raw-" + spec, kms.sign(r -> r.keyId(keyId).message(SdkBytes.fromByteArray(MESSAGE))
                    .signingAlgorithm(algorithm)).signature().asByteArray());
            assertTrue(openssl(List.of("openssl", "dgst", "-sha" + bits, "-verify", publicKey.toString(), "-keyform",
                    "DER", "-signature", raw.toString(), write("message", MESSAGE).toString())).contains("Verified OK"));
        }
    }

    @Test
    void opensslOaepCiphertextsDecryptThroughTheApi() throws Exception {
        String keyId = newKey(KeySpec.RSA_2048, KeyUsageType.ENCRYPT_DECRYPT);
        Path publicKey = publicKey(keyId);
        Path plaintext = write("plaintext", MESSAGE);
        for (String hash : List.of("sha1", "sha256")) {
            Path ciphertext = work.resolve("ciphertext-" + hash);
            openssl(List.of("openssl", "pkeyutl", "-encrypt", "-pubin", "-inkey", publicKey.toString(), "-keyform", "DER",
                    "-pkeyopt", "rsa_padding_mode:oaep", "-pkeyopt", "rsa_oaep_md:" + hash,
                    "-pkeyopt", "rsa_mgf1_md:" + hash, "-in", plaintext.toString(), "-out", ciphertext.toString()));
            EncryptionAlgorithmSpec algorithm = hash.equals("sha1") ? EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1
                    : EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256;
            SdkBytes fromOpenssl = SdkBytes.fromByteArray(read(ciphertext));
            byte[] decrypted = kms.decrypt(r -> r.keyId(keyId).encryptionAlgorithm(algorithm)
                    .ciphertextBlob(fromOpenssl)).plaintext().asByteArray();
            assertArrayEquals(MESSAGE, decrypted, hash);
        }
    }

    @Test
    void deriveSharedSecretMatchesOpensslDerive() throws Exception {
        String keyId = newKey(KeySpec.ECC_NIST_P256, KeyUsageType.KEY_AGREEMENT);
        Path peerPrivate = work.resolve("peer.pem");
        openssl(List.of("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", peerPrivate.toString()));
        Path peerPublic = work.resolve("peer-public.der");
        openssl(List.of("openssl", "pkey", "-in", peerPrivate.toString(), "-pubout", "-outform", "DER",
                "-out", peerPublic.toString()));
        Path secret = work.resolve("secret");
        openssl(List.of("openssl", "pkeyutl", "-derive", "-inkey", peerPrivate.toString(), "-peerkey",
                publicKey(keyId).toString(), "-peerform", "DER", "-out", secret.toString()));
        SdkBytes peer = SdkBytes.fromByteArray(read(peerPublic));
        byte[] derived = kms.deriveSharedSecret(r -> r.keyId(keyId).keyAgreementAlgorithm(KeyAgreementAlgorithmSpec.ECDH)
                .publicKey(peer)).sharedSecret().asByteArray();
        assertEquals(32, derived.length);
        assertArrayEquals(read(secret), derived);
    }

    private static String newKey(KeySpec spec, KeyUsageType usage) {
        return kms.createKey(r -> r.keySpec(spec).keyUsage(usage).description("it-openssl")).keyMetadata().keyId();
    }

    private Path publicKey(String keyId) throws IOException {
        return write("public-" + keyId + ".der", kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(work.resolve(name), content);
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** Runs openssl, failing the test with its output when it exits non-zero. */
    private static String openssl(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        assertEquals(0, exit, String.join(" ", command) + "\n" + output);
        return output;
    }
}
