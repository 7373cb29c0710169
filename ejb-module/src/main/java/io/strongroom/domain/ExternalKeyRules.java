package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.regex.Pattern;

/**
 * What CreateKey requires of a key in an external key store before any store or proxy is asked
 * (KMS-SPEC §2.1 combination rules): Origin EXTERNAL_KEY_STORE goes with a CustomKeyStoreId and
 * an XksKeyId, neither goes with any other origin, and only single-Region symmetric encryption
 * keys live in such a store. Pure logic, so the rules are tested without a region.
 */
public final class ExternalKeyRules {

    public static final int MAX_CUSTOM_KEY_STORE_ID = 64;
    public static final int MAX_XKS_KEY_ID = 128;
    private static final Pattern XKS_KEY_ID = Pattern.compile("[a-zA-Z0-9_.\\-]+");

    private ExternalKeyRules() {
    }

    /**
     * Refuses a CreateKey whose custom key store members do not fit its origin: bad or missing
     * members are ValidationException naming the member; members AWS does not accept with the
     * origin, key spec or usage are UnsupportedOperationException.
     */
    public static void checkCreateKey(Origin origin, KeySpec spec, KeyUsage usage, String customKeyStoreId,
                                      String xksKeyId) {
        if (origin != Origin.EXTERNAL_KEY_STORE) {
            if (customKeyStoreId != null) {
                throw unsupported("customKeyStoreId is valid only with Origin EXTERNAL_KEY_STORE, not " + origin);
            }
            if (xksKeyId != null) {
                throw unsupported("xksKeyId is valid only with Origin EXTERNAL_KEY_STORE, not " + origin);
            }
            return;
        }
        if (customKeyStoreId == null) {
            throw KmsException.validation("customKeyStoreId", "Member must not be null when Origin is EXTERNAL_KEY_STORE");
        }
        if (customKeyStoreId.isEmpty() || customKeyStoreId.length() > MAX_CUSTOM_KEY_STORE_ID) {
            throw KmsException.validation("customKeyStoreId",
                    "Member must have length between 1 and " + MAX_CUSTOM_KEY_STORE_ID);
        }
        checkXksKeyId(xksKeyId);
        if (spec != KeySpec.SYMMETRIC_DEFAULT || usage != KeyUsage.ENCRYPT_DECRYPT) {
            throw unsupported("A key in an external key store must have KeySpec SYMMETRIC_DEFAULT and KeyUsage "
                    + "ENCRYPT_DECRYPT, not " + spec + " and " + usage);
        }
    }

    /** XksKeyId: required, 1..128 characters of [a-zA-Z0-9-_.]. */
    public static void checkXksKeyId(String xksKeyId) {
        if (xksKeyId == null) {
            throw KmsException.validation("xksKeyId", "Member must not be null when Origin is EXTERNAL_KEY_STORE");
        }
        if (xksKeyId.isEmpty() || xksKeyId.length() > MAX_XKS_KEY_ID) {
            throw KmsException.validation("xksKeyId", "Member must have length between 1 and " + MAX_XKS_KEY_ID);
        }
        if (!XKS_KEY_ID.matcher(xksKeyId).matches()) {
            throw KmsException.validation("xksKeyId", "Member must satisfy regular expression pattern: ^[a-zA-Z0-9-_.]+$");
        }
    }

    /** Another key of the store is backed by the external key already. */
    public static KmsException alreadyInUse(String customKeyStoreId, String xksKeyId) {
        return new KmsException(KmsError.XksKeyAlreadyInUseException, "The external key '" + xksKeyId
                + "' already backs another KMS key in custom key store " + customKeyStoreId);
    }

    private static KmsException unsupported(String message) {
        return new KmsException(KmsError.UnsupportedOperationException, message);
    }
}
