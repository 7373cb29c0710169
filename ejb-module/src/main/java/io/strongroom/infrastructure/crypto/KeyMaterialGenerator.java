package io.strongroom.infrastructure.crypto;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.KeySpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

/**
 * Part of the crypto boundary: generates the material of every key spec (AES, HMAC, RSA and EC key
 * pairs) and data key pairs. Private material leaves only sealed under the root key or encrypted
 * under a KMS key; the public key (DER SubjectPublicKeyInfo) is not secret and is returned as is.
 */
@ApplicationScoped
public class KeyMaterialGenerator {

    /** Sealed material for a key version, and its public key (null for symmetric and HMAC keys). */
    public record GeneratedMaterial(byte[] sealedMaterial, byte[] publicKey) {
    }

    /** A data key pair: the private key (PKCS#8 DER) in plaintext and encrypted, and the public key. */
    public record DataKeyPair(byte[] privateKeyPlaintext, byte[] privateKeyCiphertextBlob, byte[] publicKey) {
    }

    private final SecureRandom random = new SecureRandom();
    private CryptoBoundary boundary;

    protected KeyMaterialGenerator() {
        // for CDI proxies
    }

    @Inject
    public KeyMaterialGenerator(CryptoBoundary boundary) {
        this.boundary = boundary;
    }

    /** The first (or a new) material version of a key of the given spec. RSA-4096 takes seconds. */
    public GeneratedMaterial generateMaterial(String keyId, int materialVersion, KeySpec spec) {
        if (spec == KeySpec.SYMMETRIC_DEFAULT) {
            return new GeneratedMaterial(boundary.generateSymmetricMaterial(keyId, materialVersion), null);
        }
        if (spec.isHmac()) {
            byte[] key = boundary.randomBytes(KeyPairs.hmacKeyLength(spec));
            try {
                return new GeneratedMaterial(boundary.sealMaterial(keyId, materialVersion, key), null);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
        KeyPair pair = newKeyPair(spec);
        byte[] privateKey = pair.getPrivate().getEncoded();
        try {
            return new GeneratedMaterial(boundary.sealMaterial(keyId, materialVersion, privateKey),
                    pair.getPublic().getEncoded());
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** GenerateDataKeyPair: a fresh key pair whose private key is encrypted under a symmetric KMS key. */
    public DataKeyPair generateDataKeyPair(KeySpec pairSpec, String keyId, int materialVersion, byte[] sealedMaterial,
                                           Map<String, String> encryptionContext) {
        KeyPair pair = newKeyPair(pairSpec);
        byte[] privateKey = pair.getPrivate().getEncoded();
        byte[] ciphertext = boundary.encrypt(keyId, materialVersion, sealedMaterial, privateKey, encryptionContext);
        return new DataKeyPair(privateKey, ciphertext, pair.getPublic().getEncoded());
    }

    /** GenerateDataKeyPairWithoutPlaintext: as above, with the plaintext private key wiped here. */
    public DataKeyPair generateDataKeyPairWithoutPlaintext(KeySpec pairSpec, String keyId, int materialVersion,
                                                           byte[] sealedMaterial, Map<String, String> encryptionContext) {
        DataKeyPair pair = generateDataKeyPair(pairSpec, keyId, materialVersion, sealedMaterial, encryptionContext);
        Arrays.fill(pair.privateKeyPlaintext(), (byte) 0);
        return new DataKeyPair(null, pair.privateKeyCiphertextBlob(), pair.publicKey());
    }

    private KeyPair newKeyPair(KeySpec spec) {
        try {
            return KeyPairs.generate(spec, random);
        } catch (GeneralSecurityException e) {
            throw new KmsException(KmsError.KMSInternalException,
                    "Key pair generation failed (" + e.getClass().getSimpleName() + ")");
        }
    }
}
