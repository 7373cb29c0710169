package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.regex.Pattern;

/**
 * What a caller may put in a KeyId field: a key id, a key ARN, an alias name or an alias ARN
 * (KMS-SPEC §1.3), parsed against this region and account.
 */
public sealed interface KeyReference {

    Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}");
    int MAX_LENGTH = 2048;

    /** A reference by key id (from a bare id or a key ARN). */
    record ById(String keyId) implements KeyReference {
    }

    /** A reference by alias name, always with its {@code alias/} prefix. */
    record ByAlias(String aliasName) implements KeyReference {
    }

    /** A well-formed reference to something that cannot exist in this region (other region, account, bad id). */
    record Unresolvable(String reference) implements KeyReference {
    }

    static KeyReference parse(String field, String value, RegionIdentity region) {
        if (value == null) {
            throw KmsException.validation(field, "Member must not be null");
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw KmsException.validation(field, "Member must have length between 1 and " + MAX_LENGTH);
        }
        if (value.startsWith("arn:")) {
            return parseArn(value, region);
        }
        if (value.startsWith("alias/")) {
            return new ByAlias(value);
        }
        return KEY_ID.matcher(value).matches() ? new ById(value) : new Unresolvable(value);
    }

    private static KeyReference parseArn(String arn, RegionIdentity region) {
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || parts[1].isEmpty() || !"kms".equals(parts[2]) || parts[3].isEmpty()
                || parts[4].isEmpty()) {
            throw invalidArn(arn);
        }
        String resource = parts[5];
        boolean isKey = resource.startsWith("key/") && resource.length() > 4;
        boolean isAlias = resource.startsWith("alias/") && resource.length() > 6;
        if (!isKey && !isAlias) {
            throw invalidArn(arn);
        }
        if (!parts[3].equals(region.region()) || !parts[4].equals(region.accountId())) {
            return new Unresolvable(arn);
        }
        if (isAlias) {
            return new ByAlias(resource);
        }
        String keyId = resource.substring(4);
        return KEY_ID.matcher(keyId).matches() ? new ById(keyId) : new Unresolvable(arn);
    }

    private static KmsException invalidArn(String arn) {
        return new KmsException(KmsError.InvalidArnException, "ARN '" + arn + "' is not a valid KMS key or alias ARN");
    }
}
