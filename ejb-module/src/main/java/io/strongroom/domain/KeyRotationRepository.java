package io.strongroom.domain;

import io.strongroom.persistence.KeyRotationRecord;
import io.strongroom.persistence.KeyRotationScheduleRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rotation schedules and completed rotations of keys, and the locks rotations take. */
public interface KeyRotationRepository {

    /** The key's automatic-rotation schedule; empty while automatic rotation is disabled. */
    Optional<KeyRotationScheduleRecord> schedule(String keyId);

    void storeSchedule(KeyRotationScheduleRecord schedule);

    void removeSchedule(KeyRotationScheduleRecord schedule);

    /** Locks the key's row until the transaction ends and reloads it, so rotations of one key run one at a time. */
    void lockForRotation(Key key);

    void storeRotation(KeyRotationRecord rotation);

    long countRotations(String keyId, RotationType type);

    /** The key's rotations with a material version above afterVersion, oldest first, at most limitPlusOne. */
    List<KeyRotationRecord> rotationsAfter(String keyId, int afterVersion, int limitPlusOne);

    /** Ids of Enabled keys whose next rotation date is at or before now, after afterKeyId in id order. */
    List<String> dueKeyIds(Instant now, String afterKeyId, int limit);

    /**
     * Claims one due key for this transaction ({@code FOR UPDATE SKIP LOCKED}) and loads it: empty
     * when it is no longer due or Enabled, or another node holds it. The sweeper acts for the
     * account, so no caller's permissions apply.
     */
    Optional<Key> claimDueKey(String keyId, Instant now);

    /** Writes pending changes now, so that a constraint violation fails the call rather than its commit. */
    void flush();
}
