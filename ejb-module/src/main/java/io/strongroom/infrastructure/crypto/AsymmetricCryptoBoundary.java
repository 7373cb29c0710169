package io.strongroom.infrastructure.crypto;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.SigningAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECKey;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Part of the crypto boundary: the operations with HMAC keys and with the private halves of RSA
 * and EC key pairs (Sign, GenerateMac/VerifyMac, RSA-OAEP Decrypt, ECDH). The sealed material is
 * opened by {@link CryptoBoundary}, the one root key holder, and wiped here after each use.
 * Operations that need only the public key (Verify, RSA-OAEP Encrypt) take its DER form.
 */
@ApplicationScoped
public class AsymmetricCryptoBoundary {

    private static final String SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT";

    private final SecureRandom random = new SecureRandom();
    private CryptoBoundary boundary;

    protected AsymmetricCryptoBoundary() {
        // for CDI proxies
    }

    @Inject
    public AsymmetricCryptoBoundary(CryptoBoundary boundary) {
        this.boundary = boundary;
    }

    /** Signs a digest (of the algorithm's hash) with the key's private key. */
    public byte[] sign(String keyId, int materialVersion, byte[] sealedMaterial, KeySpec spec,
                       SigningAlgorithm algorithm, byte[] digest) {
        byte[] pkcs8 = boundary.unsealMaterial(keyId, materialVersion, sealedMaterial);
        try {
            return Signatures.sign(KeyPairs.privateKey(spec, pkcs8), pkcs8, algorithm, digest, random);
        } catch (GeneralSecurityException e) {
            throw internal(e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** Whether the signature is valid for the digest under the public key; malformed signatures are invalid. */
    public boolean verify(byte[] publicKey, KeySpec spec, SigningAlgorithm algorithm, byte[] digest, byte[] signature) {
        try {
            return Signatures.verify(KeyPairs.publicKey(spec, publicKey), publicKey, algorithm, digest, signature);
        } catch (GeneralSecurityException e) {
            throw internal(e);
        }
    }

    public byte[] generateMac(String keyId, int materialVersion, byte[] sealedMaterial, KeySpec spec, byte[] message) {
        byte[] key = boundary.unsealMaterial(keyId, materialVersion, sealedMaterial);
        try {
            Mac mac = Mac.getInstance(KeyPairs.hmacAlgorithm(spec));
            mac.init(new SecretKeySpec(key, mac.getAlgorithm()));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw internal(e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Constant-time comparison with a freshly computed MAC. */
    public boolean verifyMac(String keyId, int materialVersion, byte[] sealedMaterial, KeySpec spec, byte[] message,
                             byte[] mac) {
        return MessageDigest.isEqual(generateMac(keyId, materialVersion, sealedMaterial, spec, message), mac);
    }

    /** RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256 (MGF1 with the same hash) under the public key. */
    public byte[] encryptOaep(byte[] publicKey, KeySpec spec, String algorithm, byte[] plaintext) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, KeyPairs.publicKey(spec, publicKey), Signatures.oaep(algorithm), random);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw internal(e);
        }
    }

    /** Decrypts RSA-OAEP ciphertext; a ciphertext that does not open → InvalidCiphertextException. */
    public byte[] decryptOaep(String keyId, int materialVersion, byte[] sealedMaterial, KeySpec spec, String algorithm,
                              byte[] ciphertext) {
        byte[] pkcs8 = boundary.unsealMaterial(keyId, materialVersion, sealedMaterial);
        Cipher cipher;
        try {
            cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.DECRYPT_MODE, KeyPairs.privateKey(spec, pkcs8), Signatures.oaep(algorithm));
        } catch (GeneralSecurityException e) {
            throw internal(e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
        try {
            return cipher.doFinal(ciphertext);
        } catch (GeneralSecurityException wrongCiphertext) {
            throw new KmsException(KmsError.InvalidCiphertextException,
                    "The ciphertext is not valid for this key and encryption algorithm");
        }
    }

    /** ECDH between the key's private key and a peer public key (DER SubjectPublicKeyInfo) on the same curve. */
    public byte[] deriveSharedSecret(String keyId, int materialVersion, byte[] sealedMaterial, KeySpec spec,
                                     byte[] peerPublicKey) {
        PublicKey peer;
        try {
            peer = KeyPairs.publicKey(spec, peerPublicKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw KmsException.validation("publicKey", "Member must be a DER-encoded EC SubjectPublicKeyInfo on the curve of "
                    + spec);
        }
        byte[] pkcs8 = boundary.unsealMaterial(keyId, materialVersion, sealedMaterial);
        try {
            PrivateKey own = KeyPairs.privateKey(spec, pkcs8);
            if (!(peer instanceof ECKey peerKey) || !((ECKey) own).getParams().getOrder().equals(peerKey.getParams().getOrder())) {
                throw KmsException.validation("publicKey", "The public key is not on the curve of " + spec);
            }
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH", KeyPairs.BOUNCY_CASTLE);
            agreement.init(own);
            agreement.doPhase(peer, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw internal(e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** The side ReEncrypt decrypts: a symmetric blob (algorithm SYMMETRIC_DEFAULT) or an RSA-OAEP ciphertext. */
    public record ReEncryptSource(String keyId, int materialVersion, byte[] sealedMaterial, KeySpec spec, String algorithm,
                                  byte[] ciphertext, Map<String, String> encryptionContext) {
    }

    /** The side ReEncrypt encrypts under: symmetric material, or an RSA public key with an OAEP algorithm. */
    public record ReEncryptDestination(String keyId, int materialVersion, byte[] sealedMaterial, byte[] publicKey,
                                       KeySpec spec, String algorithm, Map<String, String> encryptionContext) {
    }

    /**
     * ReEncrypt from and to any encryption key: the plaintext exists only inside this method and is
     * wiped before it returns. A plaintext too long for an RSA destination → ValidationException.
     */
    public byte[] reEncrypt(ReEncryptSource source, ReEncryptDestination destination) {
        byte[] plaintext = SYMMETRIC_DEFAULT.equals(source.algorithm())
                ? boundary.decrypt(CiphertextBlob.parse(source.ciphertext()), source.sealedMaterial(),
                        source.encryptionContext())
                : decryptOaep(source.keyId(), source.materialVersion(), source.sealedMaterial(), source.spec(),
                        source.algorithm(), source.ciphertext());
        try {
            if (SYMMETRIC_DEFAULT.equals(destination.algorithm())) {
                return boundary.encrypt(destination.keyId(), destination.materialVersion(), destination.sealedMaterial(),
                        plaintext, destination.encryptionContext());
            }
            int max = maxOaepPlaintext(destination.spec(), destination.algorithm());
            if (plaintext.length > max) {
                throw KmsException.validation("destinationEncryptionAlgorithm", "The plaintext is longer than the "
                        + max + " bytes " + destination.algorithm() + " can encrypt with " + destination.spec());
            }
            return encryptOaep(destination.publicKey(), destination.spec(), destination.algorithm(), plaintext);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The largest RSA-OAEP plaintext for a key spec and algorithm: k - 2 hLen - 2. */
    public static int maxOaepPlaintext(KeySpec spec, String algorithm) {
        int hashLength = "RSAES_OAEP_SHA_1".equals(algorithm) ? 20 : 32;
        return KeyPairs.rsaBits(spec) / 8 - 2 * hashLength - 2;
    }

    private static KmsException internal(Exception cause) {
        // The cause stays server-side; its message never names material.
        return new KmsException(KmsError.KMSInternalException,
                "An internal cryptographic error occurred (" + cause.getClass().getSimpleName() + ")");
    }
}
