package io.strongroom.application;

import io.strongroom.client.GetParametersForImportRequest;
import io.strongroom.client.ImportKeyMaterialRequest;
import io.strongroom.client.ImportParameters;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.ImportedMaterialRepository;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyOperation;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.MaterialExpiry;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.infrastructure.crypto.ImportBoundary;
import io.strongroom.infrastructure.crypto.imports.ImportToken;
import io.strongroom.infrastructure.crypto.imports.WrappingAlgorithm;
import io.strongroom.infrastructure.crypto.imports.WrappingKeySpec;
import io.strongroom.persistence.ImportWrappingKeyRecord;
import io.strongroom.persistence.KeyMaterialRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * GetParametersForImport, ImportKeyMaterial and DeleteImportedKeyMaterial (KMS-SPEC §2.4, §4).
 * Everything that touches a wrapping private key or the material happens in the
 * {@link ImportBoundary}; this service checks the request, the key's state and the token's binding,
 * and stores the outcome in one transaction, so any failure leaves the key exactly as it was.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class KeyImportService {

    static final int MAX_ENCRYPTED_MATERIAL = 6144;

    @Inject
    private KeyRepository keys;
    @Inject
    private ImportedMaterialRepository imported;
    @Inject
    private ImportBoundary boundary;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private ReplicaMaterialCheck replicaMaterial;
    @Inject
    private TopologyNotices topologyNotices;

    public ImportParameters getParametersForImport(CallerContext caller, GetParametersForImportRequest request) {
        KeyMaterials.requirePresent("keyId", request.keyId());
        WrappingAlgorithm algorithm = WrappingAlgorithm.parse("wrappingAlgorithm", request.wrappingAlgorithm());
        WrappingKeySpec spec = WrappingKeySpec.parse("wrappingKeySpec", request.wrappingKeySpec());
        Key key = KeyMaterials.find(keys, region, request.keyId());
        key.ensureAllowed(KeyOperation.GET_PARAMETERS_FOR_IMPORT);
        ImportBoundary.IssuedParameters issued = boundary.issueParameters(key.id(), algorithm, spec);
        imported.storeWrappingKey(new ImportWrappingKeyRecord(issued.wrappingKeyId(), key.id(), algorithm.name(),
                spec.name(), issued.sealedPrivateKey(), issued.issuedAt(), issued.validTo()));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "GetParametersForImport", key.id(), AuditEvent.SUCCESS));
        return new ImportParameters(region.keyArn(key.id()), issued.importToken(), issued.publicKey(), issued.validTo());
    }

    /** @return the key ARN */
    public String importKeyMaterial(CallerContext caller, ImportKeyMaterialRequest request) {
        KeyMaterials.requirePresent("keyId", request.keyId());
        byte[] token = KeyMaterials.requireLength("importToken", request.importToken(), ImportToken.MAX_LENGTH);
        byte[] wrapped = KeyMaterials.requireLength("encryptedKeyMaterial", request.encryptedKeyMaterial(), MAX_ENCRYPTED_MATERIAL);
        Instant now = Instant.now();
        MaterialExpiry expiry = MaterialExpiry.parse(request.expirationModel(), request.validTo(), now);
        Key key = KeyMaterials.find(keys, region, request.keyId());
        key.ensureAllowed(KeyOperation.IMPORT_KEY_MATERIAL);

        ImportBoundary.TokenClaims claims = boundary.verifyImportToken(token, key.id(), now);
        ImportWrappingKeyRecord wrappingKey = imported.findWrappingKey(claims.wrappingKeyId())
                .filter(row -> row.getKeyId().equals(key.id()))
                .orElseThrow(() -> new KmsException(KmsError.InvalidImportTokenException,
                        "The import token has already been used or its parameters were withdrawn; call GetParametersForImport again"));
        ImportBoundary.SealedImport material = boundary.unwrapAndSeal(key.id(), Key.IMPORTED_MATERIAL_VERSION,
                key.spec(), claims, wrappingKey.getPrivateKeySealed(), wrapped, key.record().getMaterialFingerprint());
        replicaMaterial.ensureSameAsPrimary(key, Key.IMPORTED_MATERIAL_VERSION, material.sealedMaterial());

        imported.removeMaterial(key.id());
        KeyMaterialRecord record = new KeyMaterialRecord(key.id(), Key.IMPORTED_MATERIAL_VERSION, material.sealedMaterial(),
                now.truncatedTo(ChronoUnit.MILLIS));
        record.setPublicKey(material.publicKey());
        keys.storeMaterial(record);
        key.record().setMaterialFingerprint(material.fingerprint());
        key.materialImported(expiry);
        topologyNotices.replicaStateChanged(key);
        imported.removeWrappingKey(wrappingKey);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "ImportKeyMaterial", key.id(), AuditEvent.SUCCESS));
        return region.keyArn(key.id());
    }

    /** @return the key ARN */
    public String deleteImportedKeyMaterial(CallerContext caller, String keyId) {
        KeyMaterials.requirePresent("keyId", keyId);
        Key key = KeyMaterials.find(keys, region, keyId);
        key.deleteImportedMaterial();
        imported.removeMaterial(key.id());
        topologyNotices.replicaStateChanged(key);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "DeleteImportedKeyMaterial", key.id(), AuditEvent.SUCCESS));
        return region.keyArn(key.id());
    }
}
