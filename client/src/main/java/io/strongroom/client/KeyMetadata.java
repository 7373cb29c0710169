package io.strongroom.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * DescribeKey's KeyMetadata. Conditional members (deletionDate, validTo, expirationModel,
 * multiRegionConfiguration, pendingDeletionWindowInDays, customKeyStoreId, xksKeyId) are null when
 * the key's state, origin or kind does not have them; list members are empty, never null.
 */
public final class KeyMetadata implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String awsAccountId;
    private final String keyId;
    private final String arn;
    private final Instant creationDate;
    private final boolean enabled;
    private final String description;
    private final String keyUsage;
    private final String keyState;
    private final Instant deletionDate;
    private final Instant validTo;
    private final String origin;
    private final String expirationModel;
    private final String keyManager;
    private final String keySpec;
    private final List<String> encryptionAlgorithms;
    private final List<String> signingAlgorithms;
    private final List<String> macAlgorithms;
    private final List<String> keyAgreementAlgorithms;
    private final MultiRegionConfiguration multiRegionConfiguration;
    private final Integer pendingDeletionWindowInDays;
    private final String customKeyStoreId;
    private final String xksKeyId;

    /**
     * @param multiRegionConfiguration    the key's place among its related multi-Region keys; null
     *                                    for a single-Region key
     * @param pendingDeletionWindowInDays the waiting period of a primary key in PendingReplicaDeletion, else null
     * @param customKeyStoreId            the key's custom key store (origin EXTERNAL_KEY_STORE), else null
     * @param xksKeyId                    the external key backing it (XksKeyConfiguration.Id), else null
     */
    public KeyMetadata(String awsAccountId, String keyId, String arn, Instant creationDate, boolean enabled, String description, String keyUsage, String keyState, Instant deletionDate, Instant validTo, String origin, String expirationModel, String keyManager, String keySpec, List<String> encryptionAlgorithms, List<String> signingAlgorithms, List<String> macAlgorithms, List<String> keyAgreementAlgorithms, MultiRegionConfiguration multiRegionConfiguration, Integer pendingDeletionWindowInDays, String customKeyStoreId, String xksKeyId) {
        this.customKeyStoreId = customKeyStoreId;
        this.xksKeyId = xksKeyId;
        this.awsAccountId = awsAccountId;
        this.keyId = keyId;
        this.arn = arn;
        this.creationDate = creationDate;
        this.enabled = enabled;
        this.description = description;
        this.keyUsage = keyUsage;
        this.keyState = keyState;
        this.deletionDate = deletionDate;
        this.validTo = validTo;
        this.origin = origin;
        this.expirationModel = expirationModel;
        this.keyManager = keyManager;
        this.keySpec = keySpec;
        this.encryptionAlgorithms = encryptionAlgorithms;
        this.signingAlgorithms = signingAlgorithms;
        this.macAlgorithms = macAlgorithms;
        this.keyAgreementAlgorithms = keyAgreementAlgorithms;
        this.multiRegionConfiguration = multiRegionConfiguration;
        this.pendingDeletionWindowInDays = pendingDeletionWindowInDays;
    }

    public String awsAccountId() {
        return awsAccountId;
    }

    public String keyId() {
        return keyId;
    }

    public String arn() {
        return arn;
    }

    public Instant creationDate() {
        return creationDate;
    }

    public boolean enabled() {
        return enabled;
    }

    public String description() {
        return description;
    }

    public String keyUsage() {
        return keyUsage;
    }

    public String keyState() {
        return keyState;
    }

    public Instant deletionDate() {
        return deletionDate;
    }

    public Instant validTo() {
        return validTo;
    }

    public String origin() {
        return origin;
    }

    public String expirationModel() {
        return expirationModel;
    }

    public String keyManager() {
        return keyManager;
    }

    public String keySpec() {
        return keySpec;
    }

    public List<String> encryptionAlgorithms() {
        return encryptionAlgorithms;
    }

    public List<String> signingAlgorithms() {
        return signingAlgorithms;
    }

    public List<String> macAlgorithms() {
        return macAlgorithms;
    }

    public List<String> keyAgreementAlgorithms() {
        return keyAgreementAlgorithms;
    }

    public boolean multiRegion() {
        return multiRegionConfiguration != null;
    }

    public MultiRegionConfiguration multiRegionConfiguration() {
        return multiRegionConfiguration;
    }

    public Integer pendingDeletionWindowInDays() {
        return pendingDeletionWindowInDays;
    }

    public String customKeyStoreId() {
        return customKeyStoreId;
    }

    public String xksKeyId() {
        return xksKeyId;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KeyMetadata that)) {
            return false;
        }
        return java.util.Objects.equals(awsAccountId, that.awsAccountId) && java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(arn, that.arn) && java.util.Objects.equals(creationDate, that.creationDate) && enabled == that.enabled && java.util.Objects.equals(description, that.description) && java.util.Objects.equals(keyUsage, that.keyUsage) && java.util.Objects.equals(keyState, that.keyState) && java.util.Objects.equals(deletionDate, that.deletionDate) && java.util.Objects.equals(validTo, that.validTo) && java.util.Objects.equals(origin, that.origin) && java.util.Objects.equals(expirationModel, that.expirationModel) && java.util.Objects.equals(keyManager, that.keyManager) && java.util.Objects.equals(keySpec, that.keySpec) && java.util.Objects.equals(encryptionAlgorithms, that.encryptionAlgorithms) && java.util.Objects.equals(signingAlgorithms, that.signingAlgorithms) && java.util.Objects.equals(macAlgorithms, that.macAlgorithms) && java.util.Objects.equals(keyAgreementAlgorithms, that.keyAgreementAlgorithms)
                && java.util.Objects.equals(multiRegionConfiguration, that.multiRegionConfiguration)
                && java.util.Objects.equals(pendingDeletionWindowInDays, that.pendingDeletionWindowInDays)
                && java.util.Objects.equals(customKeyStoreId, that.customKeyStoreId)
                && java.util.Objects.equals(xksKeyId, that.xksKeyId);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {awsAccountId, keyId, arn, creationDate, enabled, description, keyUsage, keyState, deletionDate, validTo, origin, expirationModel, keyManager, keySpec, encryptionAlgorithms, signingAlgorithms, macAlgorithms, keyAgreementAlgorithms, multiRegionConfiguration, pendingDeletionWindowInDays, customKeyStoreId, xksKeyId});
    }

    @Override
    public String toString() {
        return "KeyMetadata[" + "awsAccountId=" + awsAccountId + ", " + "keyId=" + keyId + ", " + "arn=" + arn + ", " + "creationDate=" + creationDate + ", " + "enabled=" + enabled + ", " + "description=" + description + ", " + "keyUsage=" + keyUsage + ", " + "keyState=" + keyState + ", " + "deletionDate=" + deletionDate + ", " + "validTo=" + validTo + ", " + "origin=" + origin + ", " + "expirationModel=" + expirationModel + ", " + "keyManager=" + keyManager + ", " + "keySpec=" + keySpec + ", " + "encryptionAlgorithms=" + encryptionAlgorithms + ", " + "signingAlgorithms=" + signingAlgorithms + ", " + "macAlgorithms=" + macAlgorithms + ", " + "keyAgreementAlgorithms=" + keyAgreementAlgorithms + ", " + "multiRegionConfiguration=" + multiRegionConfiguration
                + ", pendingDeletionWindowInDays=" + pendingDeletionWindowInDays
                + (customKeyStoreId == null ? "" : ", customKeyStoreId=" + customKeyStoreId + ", xksKeyId=" + xksKeyId) + "]";
    }
}
