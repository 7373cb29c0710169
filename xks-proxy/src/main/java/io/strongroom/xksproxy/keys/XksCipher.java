package io.strongroom.xksproxy.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM as the XKS specification asks of a proxy (KMS-SPEC §5.1). The AAD fed to GCM is
 * {@code len16BE(aad) ‖ aad ‖ len8(ctm) ‖ ctm}, so the ciphertext metadata the proxy hands out is
 * authenticated too and a tampered one fails decryption; the CDIV is
 * {@code SHA-256(aad ‖ ctm ‖ iv ‖ ciphertext ‖ tag)} over the raw fields.
 */
public final class XksCipher {

    /** Written into every ciphertext's metadata: this proxy keeps one material version per key. */
    public static final byte[] CIPHERTEXT_METADATA = "key_version=1".getBytes(StandardCharsets.US_ASCII);
    public static final int MAX_AAD_BYTES = 0xFFFF;
    public static final int MAX_METADATA_BYTES = 0xFF;
    public static final int TAG_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private XksCipher() {
    }

    /** Encrypts under a fresh 12-byte IV; {@code aad} may be empty. */
    public static GcmSealed encrypt(SecretKey key, byte[] plaintext, byte[] aad) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] metadata = CIPHERTEXT_METADATA.clone();
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, iv));
            gcm.updateAAD(gcmAad(aad, metadata));
            byte[] sealed = gcm.doFinal(plaintext);
            int split = sealed.length - TAG_BYTES;
            return new GcmSealed(Arrays.copyOf(sealed, split), iv, Arrays.copyOfRange(sealed, split, sealed.length),
                    metadata);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public static byte[] decrypt(SecretKey key, GcmSealed sealed, byte[] aad) throws InvalidCiphertextException {
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, sealed.initializationVector()));
            gcm.updateAAD(gcmAad(aad, sealed.ciphertextMetadata()));
            gcm.update(sealed.ciphertext());
            return gcm.doFinal(sealed.authenticationTag());
        } catch (AEADBadTagException e) {
            throw new InvalidCiphertextException("the ciphertext does not authenticate under this key with this AAD, "
                    + "ciphertext metadata, IV and tag");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /** {@code len16BE(aad) ‖ aad ‖ len8(ctm) ‖ ctm}. */
    static byte[] gcmAad(byte[] aad, byte[] metadata) {
        if (aad.length > MAX_AAD_BYTES || metadata.length > MAX_METADATA_BYTES) {
            throw new IllegalArgumentException("AAD or ciphertext metadata too long for its length prefix");
        }
        byte[] out = new byte[2 + aad.length + 1 + metadata.length];
        out[0] = (byte) (aad.length >>> 8);
        out[1] = (byte) aad.length;
        System.arraycopy(aad, 0, out, 2, aad.length);
        out[2 + aad.length] = (byte) metadata.length;
        System.arraycopy(metadata, 0, out, 3 + aad.length, metadata.length);
        return out;
    }

    /** The ciphertext data integrity value: SHA-256 over aad, ctm, iv, ciphertext and tag, missing ones empty. */
    public static byte[] integrityValue(byte[] aad, GcmSealed sealed) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(aad);
            sha256.update(sealed.ciphertextMetadata());
            sha256.update(sealed.initializationVector());
            sha256.update(sealed.ciphertext());
            sha256.update(sealed.authenticationTag());
            return sha256.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
