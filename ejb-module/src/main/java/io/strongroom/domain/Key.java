package io.strongroom.domain;

import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.persistence.KeyRecord;
import java.time.Instant;
import java.util.List;

/**
 * The key aggregate: guards the key's state machine and decides, from its state and usage,
 * whether an operation may run. It wraps the persistent record rather than copying it.
 */
public final class Key {

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
        if (origin == Origin.AWS_KMS) {
            record.setCurrentMaterialVersion(1);
        }
        return new Key(record);
    }

    public KeyRecord record() {
        return record;
    }

    public String id() {
        return record.getKeyId();
    }

    public KeyState state() {
        return KeyState.valueOf(record.getKeyState());
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
        if (version == null) {
            throw new KmsException(KmsError.KMSInvalidStateException, id() + " is pending import.");
        }
        return version;
    }

    /** Encrypt, Decrypt, GenerateDataKey*: the state rows of KMS-SPEC §3 and the usage check. */
    public void ensureUsableFor(KeyUsage requiredUsage) {
        switch (state()) {
            case Enabled, Updating -> { }
            case Disabled -> throw new KmsException(KmsError.DisabledException, arnFree() + " is disabled.");
            case PendingDeletion, PendingReplicaDeletion ->
                    throw new KmsException(KmsError.KMSInvalidStateException, arnFree() + " is pending deletion.");
            case PendingImport ->
                    throw new KmsException(KmsError.KMSInvalidStateException, arnFree() + " is pending import.");
            case Unavailable ->
                    throw new KmsException(KmsError.KMSInvalidStateException, arnFree() + " is unavailable.");
            case Creating -> throw new KmsException(KmsError.KMSInvalidStateException, arnFree() + " is creating.");
        }
        if (usage() != requiredUsage) {
            throw new KmsException(KmsError.InvalidKeyUsageException,
                    arnFree() + " key usage is " + usage() + " which is not valid for this operation.");
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
                null, record.getOrigin(), null, record.getKeyManager(), spec.name(),
                spec.encryptionAlgorithms(), List.of(), List.of(), List.of(), record.isMultiRegion());
    }
}
