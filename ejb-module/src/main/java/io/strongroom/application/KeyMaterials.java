package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.persistence.KeyMaterialRecord;
import java.util.Map;

/**
 * What the asymmetric, HMAC and re-encryption services share: finding the named key, its current
 * material, and the input checks every KMS operation makes the same way.
 */
final class KeyMaterials {

    static final int MAX_MESSAGE = 4096;
    static final int MAX_SIGNATURE = 6144;

    private KeyMaterials() {
    }

    static Key find(KeyRepository keys, RegionIdentity region, String keyId) {
        return keys.find(KeyReference.parse("keyId", keyId, region), keyId);
    }

    /** The key's current material version; a missing row is corruption, not caller error. */
    static KeyMaterialRecord current(KeyRepository keys, Key key) {
        int version = key.currentMaterialVersion();
        return keys.findMaterial(key.id(), version).orElseThrow(() ->
                new KmsException(KmsError.KMSInternalException, "Key material of " + key.id() + " is missing"));
    }

    static void requirePresent(String field, Object value) {
        if (value == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
    }

    static byte[] requireLength(String field, byte[] value, int max) {
        requirePresent(field, value);
        if (value.length < 1 || value.length > max) {
            throw KmsException.validation(field, "Member must have length between 1 and " + max);
        }
        return value;
    }

    static Map<String, String> context(Map<String, String> encryptionContext) {
        return encryptionContext == null ? Map.of() : encryptionContext;
    }

    static KmsException wrongUsage(Key key, String what) {
        return new KmsException(KmsError.InvalidKeyUsageException,
                what + " is not valid for key '" + key.id() + "' with KeySpec " + key.spec() + " and KeyUsage " + key.usage());
    }
}
