package io.strongroom.infrastructure.crypto.imports;

import java.util.Arrays;

/**
 * Validated imported material in the form Strongroom stores for generated material of the same
 * key spec: the raw bytes of symmetric and HMAC keys, or for key pairs the canonical PKCS#8 DER
 * private key (as the JDK encodes generated RSA keys and BouncyCastle generated EC keys) and the
 * derived public key as DER SubjectPublicKeyInfo. The material is secret: the holder seals it and
 * calls {@link #wipe()}.
 */
public record ImportedMaterial(byte[] material, byte[] publicKey) {

    /** Overwrites the secret bytes; the public key is not secret and is kept. */
    public void wipe() {
        Arrays.fill(material, (byte) 0);
    }
}
