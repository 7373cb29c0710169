package io.strongroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Key material made and wrapped with the {@code openssl} CLI exactly as the AWS import documentation
 * does it (KMS-SPEC §4.2), so the import tests exercise what users' scripts send.
 */
public final class OpensslKeyMaterial {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path work;

    public OpensslKeyMaterial(Path work) {
        this.work = work;
    }

    /** Raw symmetric or HMAC material of the given length. */
    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** An RSA private key as unencrypted PKCS#8 DER (genpkey | pkcs8 -topk8). */
    public byte[] rsaPrivateKey(int bits) {
        Path der = file("rsa-", ".der");
        shell("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:" + bits + " -outform der"
                + " | openssl pkcs8 -topk8 -inform der -outform der -nocrypt -out " + der);
        return read(der);
    }

    /** An EC private key on a named curve (P-256, P-384, P-521, secp256k1) as unencrypted PKCS#8 DER. */
    public byte[] ecPrivateKey(String curve) {
        Path der = file("ec-", ".der");
        shell("openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:" + curve + " -pkeyopt ec_param_enc:named_curve"
                + " -outform der | openssl pkcs8 -topk8 -inform der -outform der -nocrypt -out " + der);
        return read(der);
    }

    /**
     * Wraps material under a wrapping public key (DER SubjectPublicKeyInfo) with one of the four
     * AWS wrapping algorithms, using only openssl.
     */
    public byte[] wrap(String wrappingAlgorithm, byte[] wrappingPublicKeyDer, byte[] material) {
        Path publicKey = write("wrapping-", ".der", wrappingPublicKeyDer);
        Path plaintext = write("material-", ".bin", material);
        String hash = wrappingAlgorithm.endsWith("SHA_256") ? "sha256" : "sha1";
        String oaep = " -inkey " + publicKey + " -keyform DER -pubin -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:"
                + hash + " -pkeyopt rsa_mgf1_md:" + hash;
        Path wrapped = file("wrapped-", ".bin");
        if (wrappingAlgorithm.startsWith("RSAES_OAEP")) {
            shell("openssl pkeyutl -encrypt -in " + plaintext + " -out " + wrapped + oaep);
            return read(wrapped);
        }
        Path aesKey = file("aes-key-", ".bin");
        shell("openssl rand -out " + aesKey + " 32");
        Path wrappedMaterial = file("key-material-wrapped-", ".bin");
        shell("openssl enc -id-aes256-wrap-pad -K " + HexFormat.of().formatHex(read(aesKey)) + " -iv A65959A6 -in "
                + plaintext + " -out " + wrappedMaterial);
        Path wrappedAesKey = file("aes-key-wrapped-", ".bin");
        shell("openssl pkeyutl -encrypt -in " + aesKey + " -out " + wrappedAesKey + oaep);
        shell("cat " + wrappedAesKey + " " + wrappedMaterial + " > " + wrapped);
        return read(wrapped);
    }

    /** Runs a shell pipeline; fails the test with openssl's output when it does not succeed. */
    public String shell(String pipeline) {
        List<String> command = new ArrayList<>(List.of("bash", "-o", "pipefail", "-c", pipeline));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), pipeline + "\n" + output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Path write(String prefix, String suffix, byte[] content) {
        try {
            return Files.write(file(prefix, suffix), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file(String prefix, String suffix) {
        try {
            return Files.createTempFile(work, prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
