package io.strongroom.application;

import io.strongroom.client.DecryptRequest;
import io.strongroom.client.DecryptResult;
import io.strongroom.client.DeriveSharedSecretRequest;
import io.strongroom.client.DeriveSharedSecretResult;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.EncryptResult;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.PublicKeyResult;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyOperation;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.infrastructure.crypto.AsymmetricCryptoBoundary;
import io.strongroom.persistence.KeyMaterialRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Set;

/**
 * GetPublicKey, RSA-OAEP Encrypt and Decrypt, and DeriveSharedSecret (ECDH). The Encrypt and
 * Decrypt entry points take these calls when the request names an RSAES_OAEP algorithm.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class AsymmetricOperations {

    private static final Set<String> OAEP_ALGORITHMS = Set.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
    static final int MAX_PUBLIC_KEY = 8192;

    @Inject
    private KeyRepository keys;
    @Inject
    private AsymmetricCryptoBoundary crypto;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;

    /** Whether Encrypt/Decrypt/ReEncrypt requests with this EncryptionAlgorithm belong here. */
    public static boolean handles(String encryptionAlgorithm) {
        return encryptionAlgorithm != null && OAEP_ALGORITHMS.contains(encryptionAlgorithm);
    }

    public PublicKeyResult getPublicKey(CallerContext caller, String keyId) {
        Key key = KeyMaterials.find(keys, region, keyId);
        key.ensureAllowed(KeyOperation.SIGN_VERIFY_MAC_PUBLIC_KEY);
        if (!key.spec().isAsymmetric()) {
            throw new KmsException(KmsError.UnsupportedOperationException,
                    "Key '" + key.id() + "' with KeySpec " + key.spec() + " has no public key");
        }
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        auditLog.recordDurably(AuditEvent.of(caller, "GetPublicKey", key.id(), AuditEvent.SUCCESS));
        KeySpec spec = key.spec();
        return new PublicKeyResult(region.keyArn(key.id()), material.getPublicKey(), spec.name(), key.usage().name(),
                spec.encryptionAlgorithms(key.usage()), spec.signingAlgorithms(key.usage()),
                spec.keyAgreementAlgorithms(key.usage()));
    }

    public EncryptResult encrypt(CallerContext caller, EncryptRequest request) {
        KeyMaterials.requirePresent("request", request);
        byte[] plaintext = KeyMaterials.requireLength("plaintext", request.plaintext(), CryptoOperations.MAX_PLAINTEXT);
        String algorithm = oaepAlgorithm(request.encryptionAlgorithm());
        refuseContext(request.encryptionContext());
        Key key = rsaEncryptionKey(request.keyId(), algorithm);
        int max = AsymmetricCryptoBoundary.maxOaepPlaintext(key.spec(), algorithm);
        if (plaintext.length > max) {
            throw KmsException.validation("plaintext", "Member must have length less than or equal to " + max
                    + " for " + key.spec() + " with " + algorithm);
        }
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        byte[] ciphertext = crypto.encryptOaep(material.getPublicKey(), key.spec(), algorithm, plaintext);
        auditLog.recordDurably(AuditEvent.of(caller, "Encrypt", key.id(), AuditEvent.SUCCESS));
        return new EncryptResult(ciphertext, region.keyArn(key.id()), algorithm);
    }

    public DecryptResult decrypt(CallerContext caller, DecryptRequest request) {
        KeyMaterials.requirePresent("request", request);
        byte[] ciphertext = KeyMaterials.requireLength("ciphertextBlob", request.ciphertextBlob(),
                CryptoOperations.MAX_CIPHERTEXT);
        String algorithm = oaepAlgorithm(request.encryptionAlgorithm());
        refuseContext(request.encryptionContext());
        if (request.keyId() == null) {
            throw KmsException.validation("keyId", "KeyId is required to decrypt with an asymmetric KMS key");
        }
        Key key = rsaEncryptionKey(request.keyId(), algorithm);
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        byte[] plaintext = crypto.decryptOaep(key.id(), material.getMaterialVersion(), material.getMaterialSealed(),
                key.spec(), algorithm, ciphertext);
        auditLog.recordDurably(AuditEvent.of(caller, "Decrypt", key.id(), AuditEvent.SUCCESS));
        return new DecryptResult(region.keyArn(key.id()), plaintext, algorithm);
    }

    public DeriveSharedSecretResult deriveSharedSecret(CallerContext caller, DeriveSharedSecretRequest request) {
        KeyMaterials.requirePresent("request", request);
        KeyMaterials.requirePresent("keyAgreementAlgorithm", request.keyAgreementAlgorithm());
        if (!"ECDH".equals(request.keyAgreementAlgorithm())) {
            throw KmsException.validation("keyAgreementAlgorithm", "Member must satisfy enum value set: [ECDH]");
        }
        byte[] peer = KeyMaterials.requireLength("publicKey", request.publicKey(), MAX_PUBLIC_KEY);
        Key key = KeyMaterials.find(keys, region, request.keyId());
        key.ensureUsableFor(KeyUsage.KEY_AGREEMENT);
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        byte[] secret = crypto.deriveSharedSecret(key.id(), material.getMaterialVersion(), material.getMaterialSealed(),
                key.spec(), peer);
        auditLog.recordDurably(AuditEvent.of(caller, "DeriveSharedSecret", key.id(), AuditEvent.SUCCESS));
        return new DeriveSharedSecretResult(region.keyArn(key.id()), secret, "ECDH", key.origin().name());
    }

    private Key rsaEncryptionKey(String keyId, String algorithm) {
        Key key = KeyMaterials.find(keys, region, keyId);
        key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
        if (!key.spec().encryptionAlgorithms(key.usage()).contains(algorithm)) {
            throw KeyMaterials.wrongUsage(key, "Encryption algorithm " + algorithm);
        }
        return key;
    }

    private static String oaepAlgorithm(String algorithm) {
        if (!handles(algorithm)) {
            throw KmsException.validation("encryptionAlgorithm",
                    "Member must satisfy enum value set: [SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE]");
        }
        return algorithm;
    }

    /** RSA encryption has no associated data, so a context would be silently unprotected: refuse it. */
    private static void refuseContext(java.util.Map<String, String> context) {
        if (context != null && !context.isEmpty()) {
            throw KmsException.validation("encryptionContext", "EncryptionContext is not supported with asymmetric KMS keys");
        }
    }
}
