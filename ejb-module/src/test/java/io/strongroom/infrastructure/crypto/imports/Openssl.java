package io.strongroom.infrastructure.crypto.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The openssl CLI, run with the commands of the AWS import documentation (KMS-SPEC §4.2), so the
 * tests unwrap what users' scripts produce. Tests that use it first assume {@link #available()}.
 */
public final class Openssl {

    private final Path work;

    Openssl(Path work) {
        this.work = work;
    }

    public static boolean available() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** §4.2: pkeyutl OAEP for RSAES_OAEP_*, rand + enc -id-aes256-wrap-pad + pkeyutl + cat for RSA_AES_*. */
    byte[] wrap(WrappingAlgorithm algorithm, byte[] wrappingPublicKeyDer, byte[] material) {
        write("WrappingPublicKey.bin", wrappingPublicKeyDer);
        write("PlaintextKeyMaterial.bin", material);
        String hash = algorithm.name().endsWith("SHA_256") ? "sha256" : "sha1";
        // The AWS page sets only rsa_oaep_md for RSAES_OAEP_SHA_1 (openssl's MGF1 follows it), both otherwise.
        String oaep = " -inkey WrappingPublicKey.bin -keyform DER -pubin -pkeyopt rsa_padding_mode:oaep"
                + " -pkeyopt rsa_oaep_md:" + hash
                + (algorithm == WrappingAlgorithm.RSAES_OAEP_SHA_1 ? "" : " -pkeyopt rsa_mgf1_md:" + hash);
        if (!algorithm.isKeyWrap()) {
            shell("openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin -out EncryptedKeyMaterial.bin" + oaep);
        } else {
            shell("openssl rand -out aes-key.bin 32"
                    + " && openssl enc -id-aes256-wrap-pad -K \"$(xxd -p < aes-key.bin | tr -d '\\n')\" -iv A65959A6"
                    + " -in PlaintextKeyMaterial.bin -out key-material-wrapped.bin"
                    + " && openssl pkeyutl -encrypt -in aes-key.bin -out aes-key-wrapped.bin" + oaep
                    + " && cat aes-key-wrapped.bin key-material-wrapped.bin > EncryptedKeyMaterial.bin");
        }
        return read("EncryptedKeyMaterial.bin");
    }

    /** OAEP-SHA-256 with openssl's MGF1 left at SHA-1 by hand: the ciphertext a JDK default produces. */
    byte[] oaepSha256WithMgf1Sha1(byte[] wrappingPublicKeyDer, byte[] material) {
        write("WrappingPublicKey.bin", wrappingPublicKeyDer);
        write("PlaintextKeyMaterial.bin", material);
        shell("openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin -out EncryptedKeyMaterial.bin"
                + " -inkey WrappingPublicKey.bin -keyform DER -pubin -pkeyopt rsa_padding_mode:oaep"
                + " -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha1");
        return read("EncryptedKeyMaterial.bin");
    }

    /** §4.2 material: genpkey | pkcs8 -topk8, unencrypted PKCS#8 DER. */
    byte[] rsaPrivateKey(int bits, int primes) {
        shell("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:" + bits + " -pkeyopt rsa_keygen_primes:"
                + primes + " -out rsa.pem 2>/dev/null"
                + " && openssl pkcs8 -topk8 -in rsa.pem -outform der -nocrypt -out PlaintextKeyMaterial.der");
        return read("PlaintextKeyMaterial.der");
    }

    /** §4.2 material with the given curve and parameter encoding (named_curve or explicit). */
    byte[] ecPrivateKey(String curve, String parameterEncoding) {
        shell("openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:" + curve + " -pkeyopt ec_param_enc:"
                + parameterEncoding + " -outform der"
                + " | openssl pkcs8 -topk8 -inform der -outform der -nocrypt -out PlaintextKeyMaterial.der");
        return read("PlaintextKeyMaterial.der");
    }

    /** The public key openssl derives from a PKCS#8 private key, as DER SubjectPublicKeyInfo. */
    byte[] publicKeyOf(byte[] pkcs8) {
        write("private.der", pkcs8);
        shell("openssl pkey -inform der -in private.der -pubout -outform der -out public.der");
        return read("public.der");
    }

    private void shell(String command) {
        try {
            Process process = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command)
                    .directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("openssl failed: " + command + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.write(work.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] read(String name) {
        try {
            return Files.readAllBytes(work.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
