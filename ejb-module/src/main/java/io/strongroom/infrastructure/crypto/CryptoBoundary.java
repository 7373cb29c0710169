package io.strongroom.infrastructure.crypto;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import io.strongroom.domain.EncryptionContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The crypto boundary: the one component that ever holds plaintext key material or the region
 * root key. It generates material, seals it under the root key (AES-256-GCM, AAD = key id and
 * material version), and encrypts and decrypts data with it; plaintext material never leaves
 * this class and is wiped after each use. Everything outside sees sealed bytes only.
 */
@ApplicationScoped
public class CryptoBoundary {

    private static final int KEY_LENGTH = 32;
    private static final byte[] CHECK_CONSTANT = "strongroom-root-key-check-v1".getBytes(StandardCharsets.US_ASCII);

    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec rootKey;

    /** Installs the root key (copied; the caller wipes its array). */
    public void installRootKey(byte[] rootKeyBytes) {
        if (rootKeyBytes.length != KEY_LENGTH) {
            throw new IllegalArgumentException("The root key must be 32 bytes, found " + rootKeyBytes.length);
        }
        this.rootKey = new SecretKeySpec(rootKeyBytes, "AES");
    }

    public boolean isRootKeyLoaded() {
        return rootKey != null;
    }

    /** A value that only this root key produces and verifies, stored to detect a wrong root key. */
    public byte[] newRootKeyCheckValue() {
        return seal(rootKey(), CHECK_CONSTANT, aad("root-key-check"));
    }

    public boolean verifyRootKeyCheckValue(byte[] checkValue) {
        try {
            return Arrays.equals(CHECK_CONSTANT, unseal(rootKey(), checkValue, aad("root-key-check")));
        } catch (AEADBadTagException wrongKey) {
            return false;
        }
    }

    /** Generates 256-bit symmetric material for a key version and returns it sealed. */
    public byte[] generateSymmetricMaterial(String keyId, int materialVersion) {
        byte[] material = randomBytes(KEY_LENGTH);
        try {
            return seal(rootKey(), material, materialAad(keyId, materialVersion));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** Encrypts under a key's sealed material; the result is a {@link CiphertextBlob}. */
    public byte[] encrypt(String keyId, int materialVersion, byte[] sealedMaterial, byte[] plaintext,
                          Map<String, String> encryptionContext) {
        byte[] material = unsealMaterial(keyId, materialVersion, sealedMaterial);
        try {
            byte[] iv = randomBytes(CiphertextBlob.IV_LENGTH);
            byte[] header = CiphertextBlob.header(keyId, materialVersion);
            Cipher cipher = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(material, "AES"), iv);
            cipher.updateAAD(header);
            cipher.updateAAD(EncryptionContext.canonical(encryptionContext));
            return new CiphertextBlob(keyId, materialVersion, iv, cipher.doFinal(plaintext)).toBytes();
        } catch (GeneralSecurityException e) {
            throw internal(e);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** Decrypts a parsed blob with the sealed material of its key version; tampering → InvalidCiphertextException. */
    public byte[] decrypt(CiphertextBlob blob, byte[] sealedMaterial, Map<String, String> encryptionContext) {
        byte[] material = unsealMaterial(blob.keyId(), blob.materialVersion(), sealedMaterial);
        try {
            Cipher cipher = gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(material, "AES"), blob.iv());
            cipher.updateAAD(blob.header());
            cipher.updateAAD(EncryptionContext.canonical(encryptionContext));
            return cipher.doFinal(blob.sealed());
        } catch (AEADBadTagException tampered) {
            throw new KmsException(KmsError.InvalidCiphertextException,
                    "The ciphertext or its encryption context is not the one that was encrypted");
        } catch (GeneralSecurityException e) {
            throw internal(e);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** A fresh data key: its plaintext (for the caller) and its ciphertext under the KMS key. */
    public record GeneratedDataKey(byte[] plaintext, byte[] ciphertextBlob) {
    }

    /** Generates a data key of the given length and encrypts it under the key's sealed material. */
    public GeneratedDataKey generateDataKey(String keyId, int materialVersion, byte[] sealedMaterial, int length,
                                            Map<String, String> encryptionContext) {
        byte[] dataKey = randomBytes(length);
        return new GeneratedDataKey(dataKey,
                encrypt(keyId, materialVersion, sealedMaterial, dataKey, encryptionContext));
    }

    /** As {@link #generateDataKey} for callers that must never see the plaintext: it is wiped here. */
    public byte[] generateDataKeyCiphertextOnly(String keyId, int materialVersion, byte[] sealedMaterial, int length,
                                                Map<String, String> encryptionContext) {
        GeneratedDataKey generated = generateDataKey(keyId, materialVersion, sealedMaterial, length, encryptionContext);
        Arrays.fill(generated.plaintext(), (byte) 0);
        return generated.ciphertextBlob();
    }

    /** Seals a secret (API secret key, proxy credential) bound to its kind and owner row. */
    public byte[] sealSecret(String kind, String ownerId, byte[] secret) {
        return seal(rootKey(), secret, aad("secret", kind, ownerId));
    }

    public byte[] unsealSecret(String kind, String ownerId, byte[] sealed) {
        try {
            return unseal(rootKey(), sealed, aad("secret", kind, ownerId));
        } catch (AEADBadTagException e) {
            throw internal(e);
        }
    }

    public byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * A 256-bit key for one purpose (import tokens, material fingerprints), derived from the root
     * key as HMAC-SHA-256(root key, "strongroom|" + purpose), so that no purpose uses the root key
     * itself and the purposes cannot be confused. The caller wipes it after use.
     */
    byte[] derivedKey(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rootKey().getEncoded(), "HmacSHA256"));
            return mac.doFinal(aad("strongroom", purpose));
        } catch (GeneralSecurityException e) {
            throw internal(e);
        }
    }

    /** Seals a secret for another boundary class with the AAD of the given parts; see {@link #sealSecret}. */
    byte[] sealBound(byte[] secret, String... aadParts) {
        return seal(rootKey(), secret, aad(aadParts));
    }

    byte[] unsealBound(byte[] sealed, String... aadParts) {
        try {
            return unseal(rootKey(), sealed, aad(aadParts));
        } catch (AEADBadTagException e) {
            throw internal(e);
        }
    }

    /** Seals material another boundary class generated (key pairs, HMAC keys); the caller wipes its array. */
    byte[] sealMaterial(String keyId, int materialVersion, byte[] material) {
        return seal(rootKey(), material, materialAad(keyId, materialVersion));
    }

    /** Opens sealed material for another boundary class, which wipes the result after use. */
    byte[] unsealMaterial(String keyId, int materialVersion, byte[] sealedMaterial) {
        try {
            return unseal(rootKey(), sealedMaterial, materialAad(keyId, materialVersion));
        } catch (AEADBadTagException e) {
            // Stored material that does not open under the root key is corruption, not caller error.
            throw internal(e);
        }
    }

    private SecretKeySpec rootKey() {
        SecretKeySpec key = rootKey;
        if (key == null) {
            throw new KmsException(KmsError.KMSInternalException, "The region root key is not loaded");
        }
        return key;
    }

    private byte[] seal(SecretKeySpec key, byte[] plaintext, byte[] aad) {
        try {
            byte[] iv = randomBytes(CiphertextBlob.IV_LENGTH);
            Cipher cipher = gcm(Cipher.ENCRYPT_MODE, key, iv);
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw internal(e);
        }
    }

    private byte[] unseal(SecretKeySpec key, byte[] sealed, byte[] aad) throws AEADBadTagException {
        try {
            Cipher cipher = gcm(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, CiphertextBlob.IV_LENGTH));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, CiphertextBlob.IV_LENGTH, sealed.length - CiphertextBlob.IV_LENGTH);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw internal(e);
        }
    }

    static Cipher gcm(int mode, SecretKeySpec key, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(CiphertextBlob.TAG_LENGTH * 8, iv));
        return cipher;
    }

    private static byte[] materialAad(String keyId, int materialVersion) {
        return aad("key-material", keyId, Integer.toString(materialVersion));
    }

    private static byte[] aad(String... parts) {
        return String.join("|", parts).getBytes(StandardCharsets.UTF_8);
    }

    static KmsException internal(Exception cause) {
        // The cause stays server-side; its message never names material.
        return new KmsException(KmsError.KMSInternalException,
                "An internal cryptographic error occurred (" + cause.getClass().getSimpleName() + ")");
    }
}
