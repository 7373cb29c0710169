package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.regex.Pattern;

/**
 * Alias constraints (KMS-SPEC §1.3, §2.2): the shape of an alias name, the reserved
 * {@code alias/aws/} prefix, what may be an alias target, and that re-pointing an alias keeps
 * the key type and usage its users rely on.
 */
public final class AliasRules {

    public static final String PREFIX = "alias/";
    public static final String RESERVED_PREFIX = "alias/aws/";
    public static final int MAX_LENGTH = 256;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9:/_-]+");

    private AliasRules() {
    }

    /** Whether a value has the shape of an alias name (length and characters), whatever its prefix. */
    public static boolean wellFormed(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_LENGTH && NAME.matcher(name).matches();
    }

    /** The shape of an alias name: the model's length and pattern constraints (ValidationException). */
    public static void validateShape(String field, String name) {
        if (name == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw KmsException.validation(field, "Member must have length between 1 and " + MAX_LENGTH);
        }
        if (!NAME.matcher(name).matches()) {
            throw KmsException.validation(field, "Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$");
        }
    }

    /** A name a customer may create or re-point: well formed, {@code alias/} prefix, not reserved. */
    public static void validateCustomerName(String field, String name) {
        validateShape(field, name);
        if (!name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
            throw new KmsException(KmsError.InvalidAliasNameException,
                    "Alias name '" + name + "' must begin with 'alias/' followed by a name");
        }
        if (name.startsWith(RESERVED_PREFIX)) {
            throw new KmsException(KmsError.InvalidAliasNameException,
                    "Alias name '" + name + "' uses the prefix 'alias/aws/', which is reserved for AWS managed keys");
        }
    }

    /** An alias target (TargetKeyId): a key id or key ARN, never another alias. */
    public static KeyReference targetReference(String field, String value, RegionIdentity region) {
        KeyReference reference = KeyReference.parse(field, value, region);
        if (reference instanceof KeyReference.ByAlias) {
            throw KmsException.validation(field, "Member must be a key ID or key ARN, not an alias");
        }
        return reference;
    }

    /**
     * UpdateAlias may only move an alias between keys of the same type (symmetric, asymmetric or
     * HMAC) and the same key usage, so that the alias keeps working for what its callers do with it.
     */
    public static void ensureCompatibleRetarget(String aliasName, Key current, Key next) {
        if (!keyType(current.spec()).equals(keyType(next.spec()))) {
            throw KmsException.validation("targetKeyId", "Key '" + next.id() + "' is a " + keyType(next.spec())
                    + " key but alias " + aliasName + " is associated with a " + keyType(current.spec()) + " key");
        }
        if (current.usage() != next.usage()) {
            throw KmsException.validation("targetKeyId", "Key '" + next.id() + "' has key usage " + next.usage()
                    + " but alias " + aliasName + " is associated with a key whose usage is " + current.usage());
        }
    }

    /** The key type of the UpdateAlias rule. */
    static String keyType(KeySpec spec) {
        if (spec == KeySpec.SYMMETRIC_DEFAULT) {
            return "symmetric";
        }
        return spec.name().startsWith("HMAC_") ? "HMAC" : "asymmetric";
    }
}
