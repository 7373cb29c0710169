package io.strongroom.application;

import io.strongroom.client.GenerateMacRequest;
import io.strongroom.client.GenerateMacResult;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.VerifyMacRequest;
import io.strongroom.client.VerifyMacResult;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.infrastructure.crypto.AsymmetricCryptoBoundary;
import io.strongroom.persistence.KeyMaterialRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;

/** GenerateMac and VerifyMac with HMAC keys; the MAC algorithm must be the one of the key's spec. */
@Stateless
@Interceptors(AuditedFailures.class)
public class MacOperations {

    private static final List<String> MAC_ALGORITHMS = List.of("HMAC_SHA_224", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512");
    static final int MAX_MAC = 6144;

    @Inject
    private KeyRepository keys;
    @Inject
    private AsymmetricCryptoBoundary crypto;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;

    public GenerateMacResult generateMac(CallerContext caller, GenerateMacRequest request) {
        KeyMaterials.requirePresent("request", request);
        byte[] message = KeyMaterials.requireLength("message", request.message(), KeyMaterials.MAX_MESSAGE);
        String algorithm = parseAlgorithm(request.macAlgorithm());
        Key key = macKey(request.keyId(), algorithm);
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        byte[] mac = crypto.generateMac(key.id(), material.getMaterialVersion(), material.getMaterialSealed(), key.spec(),
                message);
        auditLog.recordDurably(AuditEvent.of(caller, "GenerateMac", key.id(), AuditEvent.SUCCESS));
        return new GenerateMacResult(region.keyArn(key.id()), mac, algorithm);
    }

    public VerifyMacResult verifyMac(CallerContext caller, VerifyMacRequest request) {
        KeyMaterials.requirePresent("request", request);
        byte[] message = KeyMaterials.requireLength("message", request.message(), KeyMaterials.MAX_MESSAGE);
        byte[] mac = KeyMaterials.requireLength("mac", request.mac(), MAX_MAC);
        String algorithm = parseAlgorithm(request.macAlgorithm());
        Key key = macKey(request.keyId(), algorithm);
        KeyMaterialRecord material = KeyMaterials.current(keys, key);
        if (!crypto.verifyMac(key.id(), material.getMaterialVersion(), material.getMaterialSealed(), key.spec(),
                message, mac)) {
            throw new KmsException(KmsError.KMSInvalidMacException,
                    "The MAC is not valid for the message, the key and MAC algorithm " + algorithm);
        }
        auditLog.recordDurably(AuditEvent.of(caller, "VerifyMac", key.id(), AuditEvent.SUCCESS));
        return new VerifyMacResult(region.keyArn(key.id()), true, algorithm);
    }

    private Key macKey(String keyId, String algorithm) {
        Key key = KeyMaterials.find(keys, region, keyId);
        key.ensureUsableFor(KeyUsage.GENERATE_VERIFY_MAC);
        if (!key.spec().macAlgorithms().contains(algorithm)) {
            throw KeyMaterials.wrongUsage(key, "MAC algorithm " + algorithm);
        }
        return key;
    }

    private static String parseAlgorithm(String value) {
        KeyMaterials.requirePresent("macAlgorithm", value);
        if (!MAC_ALGORITHMS.contains(value)) {
            throw KmsException.validation("macAlgorithm", "Member must satisfy enum value set: " + MAC_ALGORITHMS);
        }
        return value;
    }
}
