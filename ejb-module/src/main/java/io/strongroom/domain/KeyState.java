package io.strongroom.domain;

/** KMS key states (KMS-SPEC §3). */
public enum KeyState {
    Creating, Enabled, Disabled, PendingDeletion, PendingImport, PendingReplicaDeletion, Unavailable, Updating
}
