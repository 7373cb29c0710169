package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRotationRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.MultiRegionKeyType;
import io.strongroom.domain.RotationType;
import io.strongroom.persistence.KeyRecord;
import io.strongroom.persistence.KeyRotationRecord;
import io.strongroom.persistence.KeyRotationScheduleRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link KeyRotationRepository} on JPA; runs in the calling service's transaction. The sweeper's
 * queries are native SQL because {@code SKIP LOCKED} has no JPQL form.
 */
@ApplicationScoped
public class JpaKeyRotationRepository implements KeyRotationRepository {

    // Instants go to PostgreSQL as epoch seconds through to_timestamp, which leaves no doubt about time zones.
    // A replica is never due here (KeyRotationRules.rotatesAutomaticallyHere): its primary rotates it.
    private static final String DUE = " s.next_rotation_date <= to_timestamp(?1) and k.key_state = '"
            + KeyState.Enabled.name() + "' and k.multi_region_key_type is distinct from '"
            + MultiRegionKeyType.REPLICA.name() + "'";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public Optional<KeyRotationScheduleRecord> schedule(String keyId) {
        return Optional.ofNullable(em.find(KeyRotationScheduleRecord.class, keyId));
    }

    @Override
    public void storeSchedule(KeyRotationScheduleRecord schedule) {
        if (!em.contains(schedule)) {
            em.persist(schedule);
        }
    }

    @Override
    public void removeSchedule(KeyRotationScheduleRecord schedule) {
        em.remove(schedule);
    }

    @Override
    public void lockForRotation(Key key) {
        em.refresh(key.record(), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void storeRotation(KeyRotationRecord rotation) {
        em.persist(rotation);
    }

    @Override
    public long countRotations(String keyId, RotationType type) {
        return em.createNamedQuery("KeyRotationRecord.countOfType", Long.class)
                .setParameter("keyId", keyId).setParameter("rotationType", type.name()).getSingleResult();
    }

    @Override
    public List<KeyRotationRecord> rotationsAfter(String keyId, int afterVersion, int limitPlusOne) {
        return em.createNamedQuery("KeyRotationRecord.pageAfter", KeyRotationRecord.class)
                .setParameter("keyId", keyId).setParameter("afterVersion", afterVersion)
                .setMaxResults(limitPlusOne).getResultList();
    }

    @Override
    public List<String> dueKeyIds(Instant now, String afterKeyId, int limit) {
        List<?> ids = em.createNativeQuery("select s.key_id from key_rotation_schedule s"
                        + " join kms_key k on k.key_id = s.key_id where" + DUE
                        + " and s.key_id > ?2 order by s.key_id limit ?3")
                .setParameter(1, epochSeconds(now))
                .setParameter(2, afterKeyId == null ? "" : afterKeyId)
                .setParameter(3, limit)
                .getResultList();
        return ids.stream().map(String.class::cast).toList();
    }

    @Override
    public Optional<Key> claimDueKey(String keyId, Instant now) {
        boolean claimed = !em.createNativeQuery("select s.key_id from key_rotation_schedule s"
                        + " join kms_key k on k.key_id = s.key_id where" + DUE
                        + " and s.key_id = ?2 for update of s, k skip locked")
                .setParameter(1, epochSeconds(now))
                .setParameter(2, keyId)
                .getResultList().isEmpty();
        // Loaded after the lock is held, so the key is read as the lock holder sees it.
        return claimed ? Optional.ofNullable(em.find(KeyRecord.class, keyId)).map(Key::of) : Optional.empty();
    }

    @Override
    public void flush() {
        em.flush();
    }

    private static double epochSeconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
