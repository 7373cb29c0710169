package io.strongroom.infrastructure.crypto.imports;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens ImportKeyMaterial's EncryptedKeyMaterial with the wrapping private key exactly as
 * KMS-SPEC §4.1 constructs it: RSA-OAEP (MGF1 on the OAEP hash, empty label) of the material, or
 * for RSA_AES_KEY_WRAP_* the OAEP ciphertext of a 32-byte AES key followed by the RFC 5649 AES key
 * wrap with padding of the material. Every failure is the same InvalidCiphertextException with the
 * same message, so the answer tells a caller nothing about which step failed (no padding oracle).
 */
public final class KeyMaterialUnwrapper {

    /** RSA_AES_KEY_WRAP_* carries an AES-256 key. */
    public static final int AES_KEY_LENGTH = 32;

    /** The smallest RFC 5649 output: one 8-byte block of material plus the 8-byte AIV/MLI block. */
    private static final int MIN_KWP_LENGTH = 16;

    private KeyMaterialUnwrapper() {
    }

    /**
     * As {@link #unwrap(WrappingAlgorithm, RSAPrivateKey, byte[])} with the wrapping private key as
     * stored (PKCS#8 DER, unsealed by the caller, who wipes it). A stored key that does not parse is
     * corruption: KMSInternalException.
     */
    public static byte[] unwrap(WrappingAlgorithm algorithm, byte[] wrappingPrivateKeyPkcs8, byte[] encryptedKeyMaterial) {
        RSAPrivateKey key;
        try {
            key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(wrappingPrivateKeyPkcs8));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KmsException(KmsError.KMSInternalException, "The stored wrapping key of this import token is "
                    + "unreadable (" + e.getClass().getSimpleName() + ")");
        }
        return unwrap(algorithm, key, encryptedKeyMaterial);
    }

    /**
     * Returns the plaintext material; the caller validates it and wipes it. The wrapping key is the
     * one bound to the import token, so its size fixes where an RSA_AES blob splits.
     */
    public static byte[] unwrap(WrappingAlgorithm algorithm, RSAPrivateKey wrappingKey, byte[] encryptedKeyMaterial) {
        if (!algorithm.isOffered()) {
            throw new IllegalArgumentException(algorithm + " is not accepted");
        }
        int modulusBytes = (wrappingKey.getModulus().bitLength() + 7) / 8;
        if (encryptedKeyMaterial == null) {
            throw cannotUnwrap(algorithm);
        }
        if (!algorithm.isKeyWrap()) {
            if (encryptedKeyMaterial.length != modulusBytes) {
                throw cannotUnwrap(algorithm);
            }
            return oaepDecrypt(algorithm, wrappingKey, encryptedKeyMaterial, modulusBytes);
        }
        int wrappedLength = encryptedKeyMaterial.length - modulusBytes;
        if (wrappedLength < MIN_KWP_LENGTH || wrappedLength % 8 != 0) {
            throw cannotUnwrap(algorithm);
        }
        byte[] aesKey = oaepDecrypt(algorithm, wrappingKey, encryptedKeyMaterial, modulusBytes);
        try {
            if (aesKey.length != AES_KEY_LENGTH) {
                throw cannotUnwrap(algorithm);
            }
            // SunJCE's KWP checks the AIV A65959A6, the MLI range and that the padding bytes are zero.
            Cipher kwp = Cipher.getInstance("AES/KWP/NoPadding");
            kwp.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
            return kwp.doFinal(encryptedKeyMaterial, modulusBytes, wrappedLength);
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException e) {
            throw cannotUnwrap(algorithm);
        } finally {
            Arrays.fill(aesKey, (byte) 0);
        }
    }

    private static byte[] oaepDecrypt(WrappingAlgorithm algorithm, RSAPrivateKey key, byte[] blob, int length) {
        try {
            Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
            oaep.init(Cipher.DECRYPT_MODE, key, algorithm.oaepParameters());
            return oaep.doFinal(blob, 0, length);
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException e) {
            throw cannotUnwrap(algorithm);
        }
    }

    private static KmsException cannotUnwrap(WrappingAlgorithm algorithm) {
        return new KmsException(KmsError.InvalidCiphertextException, "The EncryptedKeyMaterial could not be unwrapped "
                + "with the wrapping key of this import token and WrappingAlgorithm " + algorithm
                + "; check the algorithm, the public key and that the file was not altered");
    }
}
