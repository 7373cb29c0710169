package io.strongroom.application;

import io.strongroom.client.DataKeyPairResult;
import io.strongroom.client.GenerateDataKeyPairRequest;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.infrastructure.crypto.KeyMaterialGenerator;
import io.strongroom.persistence.KeyMaterialRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Arrays;

/**
 * GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext (the private key encrypted under a
 * symmetric KMS key, with the external layer of {@link DoubleEncryption} for keys in an external key
 * store), and GenerateRandom, which needs no key at all.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class DataKeyPairOperations {

    static final int MAX_RANDOM = 1024;

    @Inject
    private KeyRepository keys;
    @Inject
    private KeyMaterialGenerator generator;
    @Inject
    private CryptoBoundary crypto;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private DoubleEncryption doubleEncryption;

    public DataKeyPairResult generateDataKeyPair(CallerContext caller, GenerateDataKeyPairRequest request) {
        KeyMaterials.requirePresent("request", request);
        KeySpec pairSpec = KeySpec.parseKeyPairSpec("keyPairSpec", request.keyPairSpec());
        Key key = symmetricKey(request.keyId());
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        KeyMaterialGenerator.DataKeyPair pair = generator.generateDataKeyPair(pairSpec, key.id(),
                material.getMaterialVersion(), material.getMaterialSealed(),
                KeyMaterials.context(request.encryptionContext()));
        byte[] blob;
        try {
            blob = doubleEncryption.seal(caller, key, "GenerateDataKeyPair", pair.privateKeyCiphertextBlob());
        } catch (RuntimeException failure) {
            Arrays.fill(pair.privateKeyPlaintext(), (byte) 0);
            throw failure;
        }
        auditLog.recordDurably(AuditEvent.of(caller, "GenerateDataKeyPair", key.id(), AuditEvent.SUCCESS));
        return new DataKeyPairResult(blob, pair.privateKeyPlaintext(), pair.publicKey(), region.keyArn(key.id()),
                pairSpec.name());
    }

    public DataKeyPairResult generateDataKeyPairWithoutPlaintext(CallerContext caller,
                                                                 GenerateDataKeyPairRequest request) {
        KeyMaterials.requirePresent("request", request);
        KeySpec pairSpec = KeySpec.parseKeyPairSpec("keyPairSpec", request.keyPairSpec());
        Key key = symmetricKey(request.keyId());
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        KeyMaterialGenerator.DataKeyPair pair = generator.generateDataKeyPairWithoutPlaintext(pairSpec, key.id(),
                material.getMaterialVersion(), material.getMaterialSealed(),
                KeyMaterials.context(request.encryptionContext()));
        byte[] blob = doubleEncryption.seal(caller, key, "GenerateDataKeyPairWithoutPlaintext",
                pair.privateKeyCiphertextBlob());
        auditLog.recordDurably(AuditEvent.of(caller, "GenerateDataKeyPairWithoutPlaintext", key.id(),
                AuditEvent.SUCCESS));
        return new DataKeyPairResult(blob, null, pair.publicKey(), region.keyArn(key.id()),
                pairSpec.name());
    }

    /** NumberOfBytes [1..1024] random bytes from the boundary's SecureRandom. */
    public byte[] generateRandom(CallerContext caller, Integer numberOfBytes) {
        KeyMaterials.requirePresent("numberOfBytes", numberOfBytes);
        if (numberOfBytes < 1 || numberOfBytes > MAX_RANDOM) {
            throw KmsException.validation("numberOfBytes", "Member must have value between 1 and " + MAX_RANDOM);
        }
        byte[] random = crypto.randomBytes(numberOfBytes);
        auditLog.recordDurably(AuditEvent.of(caller, "GenerateRandom", null, AuditEvent.SUCCESS));
        return random;
    }

    private Key symmetricKey(String keyId) {
        Key key = KeyMaterials.find(keys, region, keyId);
        key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
        if (key.spec() != KeySpec.SYMMETRIC_DEFAULT) {
            throw KeyMaterials.wrongUsage(key, "GenerateDataKeyPair");
        }
        return key;
    }
}
