package io.strongroom.application;

import io.strongroom.client.DataKeyResult;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.DecryptResult;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.EncryptResult;
import io.strongroom.client.GenerateDataKeyRequest;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.SymmetricCiphertext;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.persistence.KeyMaterialRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Encrypt, Decrypt, GenerateDataKey, GenerateDataKeyWithoutPlaintext with symmetric keys, with
 * the external layer of {@link DoubleEncryption} for keys in an external key store. These calls
 * change no row; their audit events go through the group-commit writer.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class CryptoOperations {

    static final String SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT";
    private static final Set<String> ASYMMETRIC_ALGORITHMS = Set.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256", "SM2PKE");
    static final int MAX_PLAINTEXT = 4096;
    static final int MAX_CIPHERTEXT = 6144;

    @Inject
    private KeyRepository keys;
    @Inject
    private CryptoBoundary crypto;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private DoubleEncryption doubleEncryption;

    public EncryptResult encrypt(CallerContext caller, EncryptRequest request) {
        requirePresent("request", request);
        requireLength("plaintext", request.plaintext(), MAX_PLAINTEXT);
        checkAlgorithm("encryptionAlgorithm", request.encryptionAlgorithm());
        Key key = usableKey(request.keyId());
        int version = key.currentMaterialVersion();
        byte[] inner = crypto.encrypt(key.id(), version, sealedMaterial(key.id(), version), request.plaintext(),
                context(request.encryptionContext()));
        byte[] blob = doubleEncryption.seal(caller, key, "Encrypt", inner);
        auditLog.recordDurably(AuditEvent.of(caller, "Encrypt", key.id(), AuditEvent.SUCCESS));
        return new EncryptResult(blob, region.keyArn(key.id()), SYMMETRIC_DEFAULT);
    }

    public DecryptResult decrypt(CallerContext caller, DecryptRequest request) {
        requirePresent("request", request);
        requireLength("ciphertextBlob", request.ciphertextBlob(), MAX_CIPHERTEXT);
        checkAlgorithm("encryptionAlgorithm", request.encryptionAlgorithm());
        SymmetricCiphertext blob = SymmetricCiphertext.parse(request.ciphertextBlob());
        Key key;
        if (request.keyId() != null) {
            key = keys.find(KeyReference.parse("keyId", request.keyId(), region), request.keyId());
            if (!key.id().equals(blob.keyId())) {
                throw new KmsException(KmsError.IncorrectKeyException,
                        "The key ID in the request does not identify the key that encrypted the ciphertext");
            }
        } else {
            key = keys.findById(blob.keyId()).orElseThrow(CryptoOperations::unknownCiphertextKey);
        }
        key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
        KeyMaterialRecord material = keys.findMaterial(key.id(), blob.materialVersion())
                .orElseThrow(CryptoOperations::unknownCiphertextKey);
        CiphertextBlob inner = doubleEncryption.open(caller, key, "Decrypt", blob);
        byte[] plaintext = crypto.decrypt(inner, material.getMaterialSealed(), context(request.encryptionContext()));
        auditLog.recordDurably(AuditEvent.of(caller, "Decrypt", key.id(), AuditEvent.SUCCESS));
        return new DecryptResult(region.keyArn(key.id()), plaintext, SYMMETRIC_DEFAULT);
    }

    public DataKeyResult generateDataKey(CallerContext caller, GenerateDataKeyRequest request) {
        requirePresent("request", request);
        int length = dataKeyLength(request);
        Key key = usableKey(request.keyId());
        int version = key.currentMaterialVersion();
        CryptoBoundary.GeneratedDataKey dataKey = crypto.generateDataKey(key.id(), version,
                sealedMaterial(key.id(), version), length, context(request.encryptionContext()));
        byte[] blob;
        try {
            blob = doubleEncryption.seal(caller, key, "GenerateDataKey", dataKey.ciphertextBlob());
        } catch (RuntimeException failure) {
            Arrays.fill(dataKey.plaintext(), (byte) 0);
            throw failure;
        }
        auditLog.recordDurably(AuditEvent.of(caller, "GenerateDataKey", key.id(), AuditEvent.SUCCESS));
        return new DataKeyResult(blob, dataKey.plaintext(), region.keyArn(key.id()));
    }

    public DataKeyResult generateDataKeyWithoutPlaintext(CallerContext caller, GenerateDataKeyRequest request) {
        requirePresent("request", request);
        int length = dataKeyLength(request);
        Key key = usableKey(request.keyId());
        int version = key.currentMaterialVersion();
        byte[] inner = crypto.generateDataKeyCiphertextOnly(key.id(), version, sealedMaterial(key.id(), version),
                length, context(request.encryptionContext()));
        byte[] blob = doubleEncryption.seal(caller, key, "GenerateDataKeyWithoutPlaintext", inner);
        auditLog.recordDurably(AuditEvent.of(caller, "GenerateDataKeyWithoutPlaintext", key.id(), AuditEvent.SUCCESS));
        return new DataKeyResult(blob, null, region.keyArn(key.id()));
    }

    private Key usableKey(String keyId) {
        Key key = keys.find(KeyReference.parse("keyId", keyId, region), keyId);
        key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
        if (key.spec() != io.strongroom.domain.KeySpec.SYMMETRIC_DEFAULT) {
            // An RSA ENCRYPT_DECRYPT key takes RSAES_OAEP_* through AsymmetricOperations, never this path.
            throw new KmsException(KmsError.InvalidKeyUsageException, "Key '" + key.id() + "' with KeySpec "
                    + key.spec() + " cannot be used with encryption algorithm SYMMETRIC_DEFAULT");
        }
        return key;
    }

    private byte[] sealedMaterial(String keyId, int version) {
        return keys.findMaterial(keyId, version)
                .orElseThrow(() -> new KmsException(KmsError.KMSInternalException, "Key material of " + keyId + " is missing"))
                .getMaterialSealed();
    }

    /** NumberOfBytes [1..1024] xor KeySpec (AES_256 = 32, AES_128 = 16). */
    static int dataKeyLength(GenerateDataKeyRequest request) {
        Integer bytes = request.numberOfBytes();
        String spec = request.keySpec();
        if (bytes != null && spec != null) {
            throw KmsException.validation("numberOfBytes", "Specify either NumberOfBytes or KeySpec, not both");
        }
        if (bytes == null && spec == null) {
            throw KmsException.validation("keySpec", "Specify either NumberOfBytes or KeySpec");
        }
        if (bytes != null) {
            if (bytes < 1 || bytes > 1024) {
                throw KmsException.validation("numberOfBytes", "Member must have value between 1 and 1024");
            }
            return bytes;
        }
        return switch (spec) {
            case "AES_256" -> 32;
            case "AES_128" -> 16;
            default -> throw KmsException.validation("keySpec", "Member must satisfy enum value set: [AES_256, AES_128]");
        };
    }

    private static void checkAlgorithm(String field, String algorithm) {
        if (algorithm == null || SYMMETRIC_DEFAULT.equals(algorithm)) {
            return;
        }
        if (ASYMMETRIC_ALGORITHMS.contains(algorithm)) {
            throw new KmsException(KmsError.InvalidKeyUsageException,
                    "Encryption algorithm " + algorithm + " is not valid for a symmetric key");
        }
        throw KmsException.validation(field, "Member must satisfy enum value set: [SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE]");
    }

    private static void requirePresent(String field, Object value) {
        if (value == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
    }

    private static void requireLength(String field, byte[] value, int max) {
        requirePresent(field, value);
        if (value.length < 1 || value.length > max) {
            throw KmsException.validation(field, "Member must have length between 1 and " + max);
        }
    }

    private static Map<String, String> context(Map<String, String> encryptionContext) {
        return encryptionContext == null ? Map.of() : encryptionContext;
    }

    private static KmsException unknownCiphertextKey() {
        return new KmsException(KmsError.InvalidCiphertextException, "The ciphertext refers to a key that does not exist");
    }
}
