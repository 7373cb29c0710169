package io.strongroom.client;

import java.io.Serializable;
import java.time.Instant;

/**
 * ScheduleKeyDeletion output: the key ARN, when the key will be deleted, its state and the window
 * that was applied. A multi-Region primary that still has replicas has no deletion date yet (null):
 * its window starts when the last replica is deleted.
 */
public final class ScheduleKeyDeletionResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final Instant deletionDate;
    private final String keyState;
    private final int pendingWindowInDays;

    public ScheduleKeyDeletionResult(String keyId, Instant deletionDate, String keyState, int pendingWindowInDays) {
        this.keyId = keyId;
        this.deletionDate = deletionDate;
        this.keyState = keyState;
        this.pendingWindowInDays = pendingWindowInDays;
    }

    public String keyId() {
        return keyId;
    }

    public Instant deletionDate() {
        return deletionDate;
    }

    public String keyState() {
        return keyState;
    }

    public int pendingWindowInDays() {
        return pendingWindowInDays;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ScheduleKeyDeletionResult that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(deletionDate, that.deletionDate) && java.util.Objects.equals(keyState, that.keyState) && pendingWindowInDays == that.pendingWindowInDays;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, deletionDate, keyState, pendingWindowInDays});
    }

    @Override
    public String toString() {
        return "ScheduleKeyDeletionResult[" + "keyId=" + keyId + ", " + "deletionDate=" + deletionDate + ", " + "keyState=" + keyState + ", " + "pendingWindowInDays=" + pendingWindowInDays + "]";
    }
}
