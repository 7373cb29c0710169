package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.ReEncryptRequest;
import io.strongroom.client.ReEncryptResult;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.SymmetricCiphertext;
import io.strongroom.infrastructure.crypto.AsymmetricCryptoBoundary;
import io.strongroom.infrastructure.crypto.AsymmetricCryptoBoundary.ReEncryptDestination;
import io.strongroom.infrastructure.crypto.AsymmetricCryptoBoundary.ReEncryptSource;
import io.strongroom.persistence.KeyMaterialRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/**
 * ReEncrypt from and to symmetric and RSA ENCRYPT_DECRYPT keys: the source ciphertext is decrypted
 * and encrypted under the destination key inside the crypto boundary, so the plaintext never
 * reaches this layer. As in AWS, an RSA source needs SourceKeyId and SourceEncryptionAlgorithm.
 * Keys in an external key store add and remove their external layer around that step
 * ({@link DoubleEncryption}).
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class ReEncryptOperations {

    private static final String ALGORITHMS = "[SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE]";

    @Inject
    private KeyRepository keys;
    @Inject
    private AsymmetricCryptoBoundary crypto;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private DoubleEncryption doubleEncryption;

    public ReEncryptResult reEncrypt(CallerContext caller, ReEncryptRequest request) {
        KeyMaterials.requirePresent("request", request);
        byte[] ciphertext = KeyMaterials.requireLength("ciphertextBlob", request.ciphertextBlob(),
                CryptoOperations.MAX_CIPHERTEXT);
        KeyMaterials.requirePresent("destinationKeyId", request.destinationKeyId());
        String sourceAlgorithm = algorithm("sourceEncryptionAlgorithm", request.sourceEncryptionAlgorithm());
        String destinationAlgorithm = algorithm("destinationEncryptionAlgorithm", request.destinationEncryptionAlgorithm());
        boolean rsaSource = AsymmetricOperations.handles(sourceAlgorithm);

        Key source;
        KeyMaterialRecord sourceMaterial;
        SymmetricCiphertext symmetricSource = null;
        if (rsaSource) {
            if (request.sourceKeyId() == null) {
                throw KmsException.validation("sourceKeyId", "SourceKeyId is required to re-encrypt asymmetric ciphertext");
            }
            source = encryptionKey("sourceKeyId", request.sourceKeyId(), sourceAlgorithm);
            sourceMaterial = KeyMaterials.current(keys, source);
        } else {
            SymmetricCiphertext blob = SymmetricCiphertext.parse(ciphertext);
            symmetricSource = blob;
            if (request.sourceKeyId() != null) {
                source = keys.find(KeyReference.parse("sourceKeyId", request.sourceKeyId(), region), request.sourceKeyId());
                if (!source.id().equals(blob.keyId())) {
                    throw new KmsException(KmsError.IncorrectKeyException,
                            "The source key ID does not identify the key that encrypted the ciphertext");
                }
            } else {
                source = keys.findById(blob.keyId()).orElseThrow(ReEncryptOperations::unknownCiphertextKey);
            }
            source.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
            if (source.spec() != KeySpec.SYMMETRIC_DEFAULT) {
                throw KeyMaterials.wrongUsage(source, "Encryption algorithm SYMMETRIC_DEFAULT");
            }
            sourceMaterial = keys.findMaterial(source.id(), blob.materialVersion())
                    .orElseThrow(ReEncryptOperations::unknownCiphertextKey);
        }
        Key destination = encryptionKey("destinationKeyId", request.destinationKeyId(), destinationAlgorithm);
        KeyMaterialRecord destinationMaterial = KeyMaterials.current(keys, destination);

        // Keys in an external key store: the proxy removes the source's external layer first and
        // adds the destination's last, so the boundary sees and makes inner (format-1) blobs only.
        byte[] sourceCiphertext = symmetricSource == null ? ciphertext
                : doubleEncryption.open(caller, source, "ReEncrypt", symmetricSource).toBytes();
        byte[] result = crypto.reEncrypt(
                new ReEncryptSource(source.id(), sourceMaterial.getMaterialVersion(), sourceMaterial.getMaterialSealed(),
                        source.spec(), sourceAlgorithm, sourceCiphertext,
                        KeyMaterials.context(request.sourceEncryptionContext())),
                new ReEncryptDestination(destination.id(), destinationMaterial.getMaterialVersion(),
                        destinationMaterial.getMaterialSealed(), destinationMaterial.getPublicKey(), destination.spec(),
                        destinationAlgorithm, KeyMaterials.context(request.destinationEncryptionContext())));
        if (CryptoOperations.SYMMETRIC_DEFAULT.equals(destinationAlgorithm)) {
            result = doubleEncryption.seal(caller, destination, "ReEncrypt", result);
        }
        auditLog.recordDurably(AuditEvent.of(caller, "ReEncrypt", source.id(), AuditEvent.SUCCESS));
        if (!destination.id().equals(source.id())) {
            auditLog.recordDurably(AuditEvent.of(caller, "ReEncrypt", destination.id(), AuditEvent.SUCCESS));
        }
        return new ReEncryptResult(result, region.keyArn(source.id()), region.keyArn(destination.id()),
                sourceAlgorithm, destinationAlgorithm);
    }

    /** A key usable for encryption whose spec offers the algorithm (SYMMETRIC_DEFAULT or RSAES_OAEP_*). */
    private Key encryptionKey(String field, String keyId, String algorithm) {
        Key key = keys.find(KeyReference.parse(field, keyId, region), keyId);
        key.ensureUsableFor(KeyUsage.ENCRYPT_DECRYPT);
        if (!key.spec().encryptionAlgorithms(key.usage()).contains(algorithm)) {
            throw KeyMaterials.wrongUsage(key, "Encryption algorithm " + algorithm);
        }
        return key;
    }

    /** null means SYMMETRIC_DEFAULT; SM2PKE belongs to SM2 keys, which this release does not offer. */
    private static String algorithm(String field, String algorithm) {
        if (algorithm == null || CryptoOperations.SYMMETRIC_DEFAULT.equals(algorithm)) {
            return CryptoOperations.SYMMETRIC_DEFAULT;
        }
        if (AsymmetricOperations.handles(algorithm)) {
            return algorithm;
        }
        if ("SM2PKE".equals(algorithm)) {
            throw new KmsException(KmsError.UnsupportedOperationException, "SM2PKE (" + field + ") needs SM2 keys, "
                    + "which this release does not offer");
        }
        throw KmsException.validation(field, "Member must satisfy enum value set: " + ALGORITHMS);
    }

    private static KmsException unknownCiphertextKey() {
        return new KmsException(KmsError.InvalidCiphertextException, "The ciphertext refers to a key that does not exist");
    }
}
