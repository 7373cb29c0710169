package io.strongroom.client;

import java.io.Serializable;
import java.util.List;

/**
 * CreateKey input. Null members take the AWS defaults (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT, AWS_KMS,
 * single-Region).
 */
public final class CreateKeyRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String description;
    private final String keySpec;
    private final String keyUsage;
    private final String origin;
    private final List<Tag> tags;
    private final String policy;
    private final boolean bypassPolicyLockoutSafetyCheck;
    private final boolean multiRegion;
    private final String customKeyStoreId;
    private final String xksKeyId;

    /** A key with the default key policy. */
    public CreateKeyRequest(String description, String keySpec, String keyUsage, String origin, List<Tag> tags) {
        this(description, keySpec, keyUsage, origin, tags, null, false);
    }

    /**
     * @param policy the key policy JSON, or null for the default key policy
     * @param bypassPolicyLockoutSafetyCheck skip the check that the policy lets the caller update it later
     */
    public CreateKeyRequest(String description, String keySpec, String keyUsage, String origin, List<Tag> tags,
                            String policy, boolean bypassPolicyLockoutSafetyCheck) {
        this(description, keySpec, keyUsage, origin, tags, policy, bypassPolicyLockoutSafetyCheck, false, null, null);
    }

    /** @param multiRegion create a multi-Region primary key ({@code mrk-} id) instead of a single-Region key */
    public CreateKeyRequest(String description, String keySpec, String keyUsage, String origin, List<Tag> tags,
                            String policy, boolean bypassPolicyLockoutSafetyCheck, boolean multiRegion) {
        this(description, keySpec, keyUsage, origin, tags, policy, bypassPolicyLockoutSafetyCheck, multiRegion, null, null);
    }

    /**
     * @param customKeyStoreId the external key store of an EXTERNAL_KEY_STORE key, else null
     * @param xksKeyId         the external key's id in that store's proxy, else null
     */
    public CreateKeyRequest(String description, String keySpec, String keyUsage, String origin, List<Tag> tags,
                            String policy, boolean bypassPolicyLockoutSafetyCheck, String customKeyStoreId,
                            String xksKeyId) {
        this(description, keySpec, keyUsage, origin, tags, policy, bypassPolicyLockoutSafetyCheck, false,
                customKeyStoreId, xksKeyId);
    }

    /** Every member; a multi-Region key is never in a custom key store (the key service refuses the pair). */
    public CreateKeyRequest(String description, String keySpec, String keyUsage, String origin, List<Tag> tags,
                            String policy, boolean bypassPolicyLockoutSafetyCheck, boolean multiRegion,
                            String customKeyStoreId, String xksKeyId) {
        this.multiRegion = multiRegion;
        this.customKeyStoreId = customKeyStoreId;
        this.xksKeyId = xksKeyId;
        this.description = description;
        this.keySpec = keySpec;
        this.keyUsage = keyUsage;
        this.origin = origin;
        this.tags = tags;
        this.policy = policy;
        this.bypassPolicyLockoutSafetyCheck = bypassPolicyLockoutSafetyCheck;
    }

    public String policy() {
        return policy;
    }

    public boolean bypassPolicyLockoutSafetyCheck() {
        return bypassPolicyLockoutSafetyCheck;
    }

    public boolean multiRegion() {
        return multiRegion;
    }

    public String customKeyStoreId() {
        return customKeyStoreId;
    }

    public String xksKeyId() {
        return xksKeyId;
    }

    public String description() {
        return description;
    }

    public String keySpec() {
        return keySpec;
    }

    public String keyUsage() {
        return keyUsage;
    }

    public String origin() {
        return origin;
    }

    public List<Tag> tags() {
        return tags;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CreateKeyRequest that)) {
            return false;
        }
        return java.util.Objects.equals(description, that.description) && java.util.Objects.equals(keySpec, that.keySpec) && java.util.Objects.equals(keyUsage, that.keyUsage) && java.util.Objects.equals(origin, that.origin) && java.util.Objects.equals(tags, that.tags)
                && java.util.Objects.equals(policy, that.policy)
                && bypassPolicyLockoutSafetyCheck == that.bypassPolicyLockoutSafetyCheck
                && multiRegion == that.multiRegion
                && java.util.Objects.equals(customKeyStoreId, that.customKeyStoreId)
                && java.util.Objects.equals(xksKeyId, that.xksKeyId);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {description, keySpec, keyUsage, origin, tags, policy, bypassPolicyLockoutSafetyCheck, multiRegion, customKeyStoreId, xksKeyId});
    }

    @Override
    public String toString() {
        return "CreateKeyRequest[" + "description=" + description + ", " + "keySpec=" + keySpec + ", " + "keyUsage=" + keyUsage + ", " + "origin=" + origin + ", " + "tags=" + tags + ", policy=" + (policy == null ? "default" : "custom")
                + (multiRegion ? ", multiRegion=true" : "")
                + (customKeyStoreId == null ? "" : ", customKeyStoreId=" + customKeyStoreId + ", xksKeyId=" + xksKeyId) + "]";
    }


    public static CreateKeyRequest symmetric(String description) {
        return new CreateKeyRequest(description, null, null, null, List.of());
    }
}
