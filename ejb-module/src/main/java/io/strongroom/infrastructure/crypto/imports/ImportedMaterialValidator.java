package io.strongroom.infrastructure.crypto.imports;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.KeySpec;
import java.io.IOException;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * Decides whether unwrapped material is acceptable for a key spec and the wrapping algorithm it
 * came under (KMS-SPEC §4.3 with the seed's stricter rules): symmetric keys exactly 32 bytes, HMAC
 * keys exactly the hash length, RSA keys a two-prime PKCS#8 rsaEncryption key of the spec's modulus
 * size and only under RSA_AES_KEY_WRAP_*, EC keys a PKCS#8 RFC 5915 key on the spec's named curve.
 * A refusal is IncorrectKeyMaterialException naming what is wrong, never the material itself.
 */
public final class ImportedMaterialValidator {

    private static final int SYMMETRIC_LENGTH = 32;

    private static final Set<WrappingAlgorithm> KEY_WRAP = Set.of(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1,
            WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256);

    private ImportedMaterialValidator() {
    }

    /** Whether keys of this spec can hold imported material at all. */
    public static boolean isImportable(KeySpec spec) {
        return spec == KeySpec.SYMMETRIC_DEFAULT || spec.isHmac() || spec.isRsa() || spec.isEcc();
    }

    /**
     * Whether material of this spec may arrive under this algorithm (KMS-SPEC §4.3): RSA private
     * keys exceed every OAEP capacity, so they need RSA_AES_KEY_WRAP_*; symmetric and HMAC keys are
     * listed under RSAES_OAEP_* only; EC keys accept all four algorithms.
     */
    public static boolean allows(KeySpec spec, WrappingAlgorithm algorithm) {
        if (!algorithm.isOffered() || !isImportable(spec)) {
            return false;
        }
        if (spec.isRsa()) {
            return KEY_WRAP.contains(algorithm);
        }
        return spec.isEcc() || !KEY_WRAP.contains(algorithm);
    }

    /**
     * Validates the material and returns its normalised form, a new array the caller wipes. The input
     * is not modified (the caller wipes it too).
     */
    public static ImportedMaterial validate(KeySpec spec, WrappingAlgorithm algorithm, byte[] material) {
        if (!isImportable(spec)) {
            throw new KmsException(KmsError.UnsupportedOperationException,
                    "Keys with KeySpec " + spec + " cannot hold imported key material");
        }
        if (!allows(spec, algorithm)) {
            throw incorrect(spec + " key material must be wrapped with " + (spec.isRsa()
                    ? "RSA_AES_KEY_WRAP_SHA_1 or RSA_AES_KEY_WRAP_SHA_256" : "RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256")
                    + ", not " + algorithm);
        }
        if (spec == KeySpec.SYMMETRIC_DEFAULT) {
            requireLength(spec, material, SYMMETRIC_LENGTH);
            return new ImportedMaterial(material.clone(), null);
        }
        if (spec.isHmac()) {
            requireLength(spec, material, hmacLength(spec));
            return new ImportedMaterial(material.clone(), null);
        }
        PrivateKeyInfo info = privateKeyInfo(spec, material);
        return spec.isRsa() ? RsaMaterial.normalize(spec, info) : EcMaterial.normalize(spec, info);
    }

    /** HMAC_224/256/384/512 take keys exactly as long as the hash output: 28, 32, 48 or 64 bytes. */
    public static int hmacLength(KeySpec spec) {
        return Integer.parseInt(spec.name().substring("HMAC_".length())) / 8;
    }

    static KmsException incorrect(String problem) {
        return new KmsException(KmsError.IncorrectKeyMaterialException, "The imported key material is not valid: "
                + problem);
    }

    private static void requireLength(KeySpec spec, byte[] material, int length) {
        if (material.length != length) {
            throw incorrect(spec + " key material must be exactly " + length + " bytes long, but it is "
                    + material.length + " bytes long");
        }
    }

    /** PKCS#8 PrivateKeyInfo in DER or BER; trailing bytes after it are refused. */
    private static PrivateKeyInfo privateKeyInfo(KeySpec spec, byte[] material) {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(material));
            if (info == null) {
                throw new IllegalArgumentException("empty");
            }
            return info;
        } catch (IOException | RuntimeException e) {
            throw incorrect(spec + " key material must be an unencrypted PKCS#8 PrivateKeyInfo (DER or BER)");
        }
    }
}
