package io.strongroom.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** One KMS key's metadata (kms_key). Its material is in {@link KeyMaterialRecord}. */
@Entity
@Table(name = "kms_key")
@NamedQuery(name = "KeyRecord.pageAfter",
        query = "select k from KeyRecord k where k.keyId > :marker order by k.keyId")
@NamedQuery(name = "KeyRecord.count", query = "select count(k) from KeyRecord k")
@NamedQuery(name = "KeyRecord.countByXksKey", query = "select count(k) from KeyRecord k "
        + "where k.customKeyStoreId = :customKeyStoreId and k.xksKeyId = :xksKeyId")
public class KeyRecord {

    @Id
    @Column(name = "key_id")
    private String keyId;
    private String description;
    @Column(name = "key_spec")
    private String keySpec;
    @Column(name = "key_usage")
    private String keyUsage;
    private String origin;
    @Column(name = "key_state")
    private String keyState;
    @Column(name = "key_manager")
    private String keyManager;
    @Column(name = "multi_region")
    private boolean multiRegion;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "deletion_date")
    private OffsetDateTime deletionDate;
    @Column(name = "current_material_version")
    private Integer currentMaterialVersion;
    /** The key policy JSON; null means the default key policy of the account. */
    private String policy;
    /** Imported material: when it expires (null: none imported, or it never expires). */
    @Column(name = "valid_to")
    private OffsetDateTime validTo;
    @Column(name = "expiration_model")
    private String expirationModel;
    /** Keyed fingerprint of the imported material; outlives the material so reimports can be checked. */
    @Column(name = "material_fingerprint")
    private byte[] materialFingerprint;
    @Column(name = "expiry_warned_at")
    private OffsetDateTime expiryWarnedAt;
    /** PRIMARY or REPLICA for a multi-Region key, null for a single-Region key. */
    @Column(name = "multi_region_key_type")
    private String multiRegionKeyType;
    /** The Region of a multi-Region key's primary key (this region's name when the key is the primary). */
    @Column(name = "primary_region")
    private String primaryRegion;
    /** The waiting period a primary in PendingReplicaDeletion starts once its last replica is gone. */
    @Column(name = "pending_deletion_window_days")
    private Integer pendingDeletionWindowDays;
    /**
     * Related replica keys in other Regions, by Region, with the key state last heard of. Loaded
     * only when read, so single-Region keys never pay for it.
     */
    @ElementCollection
    @CollectionTable(name = "key_replica", joinColumns = @JoinColumn(name = "key_id"))
    @MapKeyColumn(name = "region")
    @Column(name = "key_state")
    private Map<String, String> replicaStates = new HashMap<>();
    /** Origin EXTERNAL_KEY_STORE: the custom key store holding the external key (null otherwise). */
    @Column(name = "custom_key_store_id")
    private String customKeyStoreId;
    /** Read-only view of the store, so the key can read Unavailable while its store is not CONNECTED. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "custom_key_store_id", insertable = false, updatable = false)
    private CustomKeyStoreRecord customKeyStore;
    /** Origin EXTERNAL_KEY_STORE: the external key's id in the XKS proxy. */
    @Column(name = "xks_key_id")
    private String xksKeyId;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected KeyRecord() {
    }

    public KeyRecord(String keyId, String description, String keySpec, String keyUsage, String origin,
                     String keyState, String keyManager, boolean multiRegion, Instant createdAt) {
        this.keyId = keyId;
        this.description = description;
        this.keySpec = keySpec;
        this.keyUsage = keyUsage;
        this.origin = origin;
        this.keyState = keyState;
        this.keyManager = keyManager;
        this.multiRegion = multiRegion;
        this.createdAt = Timestamps.toColumn(createdAt);
    }

    public String getKeyId() {
        return keyId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeySpec() {
        return keySpec;
    }

    public String getKeyUsage() {
        return keyUsage;
    }

    public String getOrigin() {
        return origin;
    }

    public String getKeyState() {
        return keyState;
    }

    public void setKeyState(String keyState) {
        this.keyState = keyState;
    }

    public String getKeyManager() {
        return keyManager;
    }

    public boolean isMultiRegion() {
        return multiRegion;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    public Instant getDeletionDate() {
        return Timestamps.fromColumn(deletionDate);
    }

    public void setDeletionDate(Instant deletionDate) {
        this.deletionDate = Timestamps.toColumn(deletionDate);
    }

    public Integer getCurrentMaterialVersion() {
        return currentMaterialVersion;
    }

    public void setCurrentMaterialVersion(Integer currentMaterialVersion) {
        this.currentMaterialVersion = currentMaterialVersion;
    }

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public Instant getValidTo() {
        return Timestamps.fromColumn(validTo);
    }

    public String getExpirationModel() {
        return expirationModel;
    }

    /** Records the expiry of newly imported (or reimported) material; clears an earlier warning. */
    public void setMaterialExpiry(Instant validTo, String expirationModel) {
        this.validTo = Timestamps.toColumn(validTo);
        this.expirationModel = expirationModel;
        this.expiryWarnedAt = null;
    }

    public byte[] getMaterialFingerprint() {
        return materialFingerprint;
    }

    public void setMaterialFingerprint(byte[] materialFingerprint) {
        this.materialFingerprint = materialFingerprint;
    }

    public Instant getExpiryWarnedAt() {
        return Timestamps.fromColumn(expiryWarnedAt);
    }

    public void setExpiryWarnedAt(Instant expiryWarnedAt) {
        this.expiryWarnedAt = Timestamps.toColumn(expiryWarnedAt);
    }

    public String getMultiRegionKeyType() {
        return multiRegionKeyType;
    }

    public String getPrimaryRegion() {
        return primaryRegion;
    }

    /** Sets a multi-Region key's role and the Region of its primary key. */
    public void setMultiRegionRole(String multiRegionKeyType, String primaryRegion) {
        this.multiRegionKeyType = multiRegionKeyType;
        this.primaryRegion = primaryRegion;
    }

    public Integer getPendingDeletionWindowDays() {
        return pendingDeletionWindowDays;
    }

    public void setPendingDeletionWindowDays(Integer pendingDeletionWindowDays) {
        this.pendingDeletionWindowDays = pendingDeletionWindowDays;
    }

    /** The live map: changes to it are stored with the key. */
    public Map<String, String> getReplicaStates() {
        return replicaStates;
    }

    public String getCustomKeyStoreId() {
        return customKeyStoreId;
    }

    /** The key's custom key store, or null for keys outside one. */
    public CustomKeyStoreRecord getCustomKeyStore() {
        return customKeyStore;
    }

    public String getXksKeyId() {
        return xksKeyId;
    }

    /** Binds a new key to the external key that backs it; set once, at creation. */
    public void setExternalKey(String customKeyStoreId, String xksKeyId) {
        this.customKeyStoreId = customKeyStoreId;
        this.xksKeyId = xksKeyId;
    }
}
