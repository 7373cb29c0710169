package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.Key;
import io.strongroom.domain.KeyDeletionRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.persistence.DeletedKeyRecord;
import io.strongroom.persistence.KeyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@link KeyDeletionRepository} on JPA and PostgreSQL. The claim is a native
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, so a key another transaction is deleting is passed
 * over rather than waited for.
 */
@ApplicationScoped
public class JpaKeyDeletionRepository implements KeyDeletionRepository {

    private static final String CLAIM =
            "select key_id from kms_key where key_id = ?1 and key_state = 'PendingDeletion' for update skip locked";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public List<DueKey> dueAfter(Instant now, DueKey after, int limit) {
        var query = em.createQuery("select k from KeyRecord k where k.keyState = :state and k.deletionDate <= :now"
                        + (after == null ? "" : " and (k.deletionDate > :afterDate"
                        + " or (k.deletionDate = :afterDate and k.keyId > :afterKeyId))")
                        + " order by k.deletionDate, k.keyId", KeyRecord.class)
                .setParameter("state", KeyState.PendingDeletion.name())
                .setParameter("now", now.atOffset(ZoneOffset.UTC));
        if (after != null) {
            query.setParameter("afterDate", after.deletionDate().atOffset(ZoneOffset.UTC))
                    .setParameter("afterKeyId", after.keyId());
        }
        return query.setMaxResults(limit).getResultStream()
                .map(k -> new DueKey(k.getKeyId(), k.getDeletionDate())).toList();
    }

    @Override
    public Optional<Key> claimDue(String keyId, Instant now) {
        if (em.createNativeQuery(CLAIM).setParameter(1, keyId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        // Read after the lock, so the state and date checked are the committed ones.
        return Optional.ofNullable(em.find(KeyRecord.class, keyId)).map(Key::of)
                .filter(key -> key.state() == KeyState.PendingDeletion)
                .filter(key -> !key.record().getDeletionDate().isAfter(now));
    }

    @Override
    public void delete(Key key, Instant deletedAt) {
        String keyId = key.id();
        em.persist(new DeletedKeyRecord(key.record(), deletedAt));
        em.createQuery("delete from KeyMaterialRecord m where m.keyId = :keyId").setParameter("keyId", keyId).executeUpdate();
        em.createQuery("delete from KeyTagRecord t where t.keyId = :keyId").setParameter("keyId", keyId).executeUpdate();
        em.createQuery("delete from KeyAliasRecord a where a.keyId = :keyId").setParameter("keyId", keyId).executeUpdate();
        em.remove(key.record());
        em.flush();
    }
}
