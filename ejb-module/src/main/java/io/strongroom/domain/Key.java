package io.strongroom.domain;

import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.persistence.CustomKeyStoreRecord;
import io.strongroom.persistence.KeyRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The key aggregate: guards the key's state machine and decides, from its state and usage,
 * whether an operation may run. It wraps the persistent record rather than copying it.
 */
public final class Key {

    public static final int MAX_DESCRIPTION = 8192;
    /** Imported keys never rotate, so their material is always version 1, reimports included. */
    public static final int IMPORTED_MATERIAL_VERSION = 1;
    /** The only connection state of a custom key store in which its keys can be used. */
    public static final String STORE_CONNECTED = "CONNECTED";

    private final KeyRecord record;

    private Key(KeyRecord record) {
        this.record = record;
    }

    public static Key of(KeyRecord record) {
        return new Key(record);
    }

    /** A new customer-managed key whose first material version will be 1. */
    public static Key create(String keyId, String description, KeySpec spec, KeyUsage usage, Origin origin,
                             Instant now) {
        KeyState initial = origin == Origin.EXTERNAL ? KeyState.PendingImport : KeyState.Enabled;
        KeyRecord record = new KeyRecord(keyId, description == null ? "" : description, spec.name(), usage.name(),
                origin.name(), initial.name(), "CUSTOMER", keyId.startsWith("mrk-"), now);
        if (origin == Origin.AWS_KMS || origin == Origin.EXTERNAL_KEY_STORE) {
            record.setCurrentMaterialVersion(1);
        }
        return new Key(record);
    }

    /** Description: at most 8192 characters (null is allowed and means none). */
    public static void checkDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw KmsException.validation("description", "Member must have length less than or equal to " + MAX_DESCRIPTION);
        }
    }

    /**
     * A new key in an external key store: symmetric, single-Region, Enabled, with material of its
     * own (version 1, never rotated) that the external key encrypts over (double encryption).
     */
    public static Key createInExternalKeyStore(String keyId, String description, String customKeyStoreId,
                                               String xksKeyId, Instant now) {
        Key key = create(keyId, description, KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT,
                Origin.EXTERNAL_KEY_STORE, now);
        key.record.setExternalKey(customKeyStoreId, xksKeyId);
        return key;
    }

    public KeyRecord record() {
        return record;
    }

    public String id() {
        return record.getKeyId();
    }

    /**
     * The key's state as callers see it. Imported material past its ValidTo is unusable at once,
     * before the expiry sweep has removed it: such a key already reads PendingImport. A key in an
     * external key store reads Unavailable while the store is not CONNECTED.
     */
    public KeyState state() {
        KeyState stored = storedState();
        if ((stored == KeyState.Enabled || stored == KeyState.Disabled) && materialExpired(Instant.now())) {
            return KeyState.PendingImport;
        }
        if (origin() == Origin.EXTERNAL_KEY_STORE) {
            CustomKeyStoreRecord store = record.getCustomKeyStore();
            return externalKeyState(stored, store == null ? null : store.getConnectionState());
        }
        return stored;
    }

    /**
     * The state of a key in an external key store: an Enabled key is Unavailable while its store
     * is not CONNECTED (a missing store counts as not connected). Every other state, Disabled and
     * PendingDeletion included, reads as stored, so enabling or disabling an Unavailable key takes
     * effect once the store is connected again.
     */
    static KeyState externalKeyState(KeyState stored, String storeConnectionState) {
        return stored == KeyState.Enabled && !STORE_CONNECTED.equals(storeConnectionState)
                ? KeyState.Unavailable : stored;
    }

    private KeyState storedState() {
        return KeyState.valueOf(record.getKeyState());
    }

    /** The custom key store of a key with origin EXTERNAL_KEY_STORE, else null. */
    public String customKeyStoreId() {
        return record.getCustomKeyStoreId();
    }

    /** The external key behind a key with origin EXTERNAL_KEY_STORE, else null. */
    public String xksKeyId() {
        return record.getXksKeyId();
    }

    public boolean inExternalKeyStore() {
        return origin() == Origin.EXTERNAL_KEY_STORE;
    }

    /** Whether imported material has reached its ValidTo (false for material that never expires). */
    public boolean materialExpired(Instant now) {
        Instant validTo = record.getValidTo();
        return validTo != null && !validTo.isAfter(now);
    }

    /** Whether the key holds imported material right now (it may still be expired). */
    public boolean hasImportedMaterial() {
        return origin() == Origin.EXTERNAL && record.getCurrentMaterialVersion() != null;
    }

    public KeySpec spec() {
        return KeySpec.valueOf(record.getKeySpec());
    }

    public KeyUsage usage() {
        return KeyUsage.valueOf(record.getKeyUsage());
    }

    /** The material version new ciphertexts use. */
    public int currentMaterialVersion() {
        Integer version = record.getCurrentMaterialVersion();
        if (version == null || materialExpired(Instant.now())) {
            throw new KmsException(KmsError.KMSInvalidStateException, id() + " is pending import.");
        }
        return version;
    }

    public Origin origin() {
        return Origin.valueOf(record.getOrigin());
    }

    /** Throws the documented error when the key's state does not allow the operation (KMS-SPEC §3). */
    public void ensureAllowed(KeyOperation operation) {
        KeyStateRules.refusal(operation, state(), origin(), arnFree()).ifPresent(refusal -> {
            throw refusal;
        });
    }

    /** A cryptographic operation: the state rules, then the key usage. */
    public void ensureUsableFor(KeyUsage requiredUsage) {
        ensureAllowed(requiredUsage == KeyUsage.ENCRYPT_DECRYPT || requiredUsage == KeyUsage.KEY_AGREEMENT
                ? KeyOperation.CRYPTOGRAPHIC : KeyOperation.SIGN_VERIFY_MAC_PUBLIC_KEY);
        if (usage() != requiredUsage) {
            throw new KmsException(KmsError.InvalidKeyUsageException,
                    arnFree() + " key usage is " + usage() + " which is not valid for this operation.");
        }
    }

    /** The stored state changes, so on an Unavailable key it takes effect when the store is back. */
    public void enable() {
        ensureAllowed(KeyOperation.ENABLE_DISABLE);
        if (storedState() == KeyState.Disabled) {
            record.setKeyState(KeyState.Enabled.name());
        }
    }

    public void disable() {
        ensureAllowed(KeyOperation.ENABLE_DISABLE);
        if (storedState() == KeyState.Enabled) {
            record.setKeyState(KeyState.Disabled.name());
        }
    }

    /**
     * ScheduleKeyDeletion: PendingDeletion until now + window days (7..30, default 30). A multi-Region
     * primary that still has replicas goes to PendingReplicaDeletion instead, without a deletion date:
     * its window starts when the last replica is gone (KMS-SPEC §6).
     *
     * @return the deletion date, empty while it waits for replicas
     */
    public Optional<Instant> scheduleDeletion(Integer pendingWindowInDays, Instant now) {
        int days = pendingWindowInDays == null ? 30 : pendingWindowInDays;
        if (days < 7 || days > 30) {
            throw KmsException.validation("pendingWindowInDays", "Member must have value between 7 and 30");
        }
        ensureAllowed(KeyOperation.SCHEDULE_KEY_DELETION);
        if (isMultiRegion() && topology().isPrimary() && topology().hasReplicas()) {
            record.setKeyState(KeyState.PendingReplicaDeletion.name());
            record.setPendingDeletionWindowDays(days);
            return Optional.empty();
        }
        return Optional.of(startWaitingPeriod(days, now));
    }

    /** PendingDeletion with a deletion date {@code days} after {@code now}. */
    Instant startWaitingPeriod(int days, Instant now) {
        Instant deletionDate = now.plus(Duration.ofDays(days));
        record.setKeyState(KeyState.PendingDeletion.name());
        record.setDeletionDate(deletionDate);
        record.setPendingDeletionWindowDays(null);
        return deletionDate;
    }

    /**
     * CancelKeyDeletion: the key comes back Disabled; PendingImport when its imported material is
     * gone; Creating when it is a replica whose material never arrived, so it stays unusable.
     */
    public void cancelDeletion() {
        ensureAllowed(KeyOperation.CANCEL_KEY_DELETION);
        boolean noMaterial = record.getCurrentMaterialVersion() == null || materialExpired(Instant.now());
        KeyState back = !noMaterial ? KeyState.Disabled
                : origin() == Origin.EXTERNAL ? KeyState.PendingImport : KeyState.Creating;
        record.setKeyState(back.name());
        record.setDeletionDate(null);
        record.setPendingDeletionWindowDays(null);
    }

    /**
     * ImportKeyMaterial succeeded: the key holds material version {@link #IMPORTED_MATERIAL_VERSION}
     * with the given expiry. PendingImport becomes Enabled; a reimport into an Enabled or Disabled
     * key keeps the state and only replaces the expiry.
     */
    public void materialImported(MaterialExpiry expiry) {
        ensureAllowed(KeyOperation.IMPORT_KEY_MATERIAL);
        boolean pendingImport = state() == KeyState.PendingImport;
        record.setCurrentMaterialVersion(IMPORTED_MATERIAL_VERSION);
        record.setMaterialExpiry(expiry.validTo(), expiry.expirationModel());
        if (pendingImport) {
            record.setKeyState(KeyState.Enabled.name());
        }
    }

    /** DeleteImportedKeyMaterial by a caller: the state rules apply first. */
    public void deleteImportedMaterial() {
        ensureAllowed(KeyOperation.DELETE_IMPORTED_KEY_MATERIAL);
        materialRemoved();
    }

    /**
     * The material is gone (deleted or expired): the key waits in PendingImport for the same
     * material, unless it is pending deletion (or replica deletion), which it stays. Metadata and
     * fingerprint stay.
     */
    public void materialRemoved() {
        record.setCurrentMaterialVersion(null);
        record.setMaterialExpiry(null, null);
        KeyState stored = KeyState.valueOf(record.getKeyState());
        if (stored != KeyState.PendingDeletion && stored != KeyState.PendingReplicaDeletion) {
            record.setKeyState(KeyState.PendingImport.name());
        }
    }

    public void updateDescription(String description) {
        if (description == null) {
            throw KmsException.validation("description", "Member must not be null");
        }
        checkDescription(description);
        ensureAllowed(KeyOperation.TAG_UNTAG_DESCRIPTION);
        record.setDescription(description);
    }

    public boolean isMultiRegion() {
        return record.isMultiRegion();
    }

    /** The multi-Region side of this key; UnsupportedOperationException for a single-Region key. */
    public MultiRegionTopology topology() {
        if (!isMultiRegion()) {
            throw new KmsException(KmsError.UnsupportedOperationException, arnFree() + " is not a multi-Region key");
        }
        return new MultiRegionTopology(this);
    }

    /**
     * Refuses an operation that changes a property a replica shares with its primary key (the
     * rotation setting, the topology); single-Region keys and primaries pass.
     */
    public void ensureNotReplica(String operation) {
        if (isMultiRegion()) {
            topology().ensurePrimary(operation);
        }
    }

    private String arnFree() {
        return "Key '" + id() + "'";
    }

    public KeyMetadata metadata(RegionIdentity region) {
        KeyState state = state();
        KeySpec spec = spec();
        return new KeyMetadata(region.accountId(), id(), region.keyArn(id()), record.getCreatedAt(),
                state == KeyState.Enabled, record.getDescription(), record.getKeyUsage(), state.name(),
                state == KeyState.PendingDeletion ? record.getDeletionDate() : null,
                record.getValidTo(), record.getOrigin(), record.getExpirationModel(), record.getKeyManager(), spec.name(),
                spec.encryptionAlgorithms(usage()), spec.signingAlgorithms(usage()), spec.macAlgorithms(),
                spec.keyAgreementAlgorithms(usage()), isMultiRegion() ? topology().configuration(region) : null,
                state == KeyState.PendingReplicaDeletion ? record.getPendingDeletionWindowDays() : null,
                record.getCustomKeyStoreId(), record.getXksKeyId());
    }
}
