package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.SignRequest;
import io.strongroom.client.SignResult;
import io.strongroom.client.VerifyRequest;
import io.strongroom.client.VerifyResult;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.SigningAlgorithm;
import io.strongroom.infrastructure.crypto.AsymmetricCryptoBoundary;
import io.strongroom.persistence.KeyMaterialRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/**
 * Sign and Verify with RSA and ECC keys of usage SIGN_VERIFY, for RAW messages (hashed here) and
 * DIGEST messages (checked for the hash's length). Verify uses the stored public key only.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class SigningOperations {

    @Inject
    private KeyRepository keys;
    @Inject
    private AsymmetricCryptoBoundary crypto;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;

    public SignResult sign(CallerContext caller, SignRequest request) {
        KeyMaterials.requirePresent("request", request);
        byte[] message = KeyMaterials.requireLength("message", request.message(), KeyMaterials.MAX_MESSAGE);
        SigningAlgorithm.MessageType type = SigningAlgorithm.parseMessageType("messageType", request.messageType());
        SigningAlgorithm algorithm = SigningAlgorithm.parse("signingAlgorithm", request.signingAlgorithm());
        Key key = signingKey(request.keyId(), algorithm);
        byte[] digest = algorithm.digestOf(type, message);
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        byte[] signature = crypto.sign(key.id(), material.getMaterialVersion(), material.getMaterialSealed(), key.spec(),
                algorithm, digest);
        auditLog.recordDurably(AuditEvent.of(caller, "Sign", key.id(), AuditEvent.SUCCESS));
        return new SignResult(region.keyArn(key.id()), signature, algorithm.name());
    }

    public VerifyResult verify(CallerContext caller, VerifyRequest request) {
        KeyMaterials.requirePresent("request", request);
        byte[] message = KeyMaterials.requireLength("message", request.message(), KeyMaterials.MAX_MESSAGE);
        byte[] signature = KeyMaterials.requireLength("signature", request.signature(), KeyMaterials.MAX_SIGNATURE);
        SigningAlgorithm.MessageType type = SigningAlgorithm.parseMessageType("messageType", request.messageType());
        SigningAlgorithm algorithm = SigningAlgorithm.parse("signingAlgorithm", request.signingAlgorithm());
        Key key = signingKey(request.keyId(), algorithm);
        byte[] digest = algorithm.digestOf(type, message);
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        if (!crypto.verify(material.getPublicKey(), key.spec(), algorithm, digest, signature)) {
            throw new KmsException(KmsError.KMSInvalidSignatureException,
                    "The signature is not valid for the message, the key and signing algorithm " + algorithm);
        }
        auditLog.recordDurably(AuditEvent.of(caller, "Verify", key.id(), AuditEvent.SUCCESS));
        return new VerifyResult(region.keyArn(key.id()), true, algorithm.name());
    }

    private Key signingKey(String keyId, SigningAlgorithm algorithm) {
        Key key = KeyMaterials.find(keys, region, keyId);
        key.ensureUsableFor(KeyUsage.SIGN_VERIFY);
        if (!key.spec().signingAlgorithms(key.usage()).contains(algorithm.name())) {
            throw KeyMaterials.wrongUsage(key, "Signing algorithm " + algorithm);
        }
        return key;
    }
}
