package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.ImportedMaterialRepository;
import io.strongroom.domain.Key;
import io.strongroom.persistence.ImportWrappingKeyRecord;
import io.strongroom.persistence.KeyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@link ImportedMaterialRepository} on JPA and PostgreSQL. Claims are a native
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, as for the deletion sweep.
 */
@ApplicationScoped
public class JpaImportedMaterialRepository implements ImportedMaterialRepository {

    private static final String CLAIM = "select key_id from kms_key where key_id = ?1 and valid_to is not null"
            + " and current_material_version is not null for update skip locked";
    private static final String REMOVE_EXPIRED_WRAPPING_KEYS = "delete from import_wrapping_key where wrapping_key_id in"
            + " (select wrapping_key_id from import_wrapping_key where expires_at <= ?1 limit ?2 for update skip locked)";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public void storeWrappingKey(ImportWrappingKeyRecord wrappingKey) {
        em.persist(wrappingKey);
    }

    @Override
    public Optional<ImportWrappingKeyRecord> findWrappingKey(String wrappingKeyId) {
        return Optional.ofNullable(em.find(ImportWrappingKeyRecord.class, wrappingKeyId));
    }

    @Override
    public void removeWrappingKey(ImportWrappingKeyRecord wrappingKey) {
        em.remove(wrappingKey);
    }

    @Override
    public int removeExpiredWrappingKeys(Instant now, int limit) {
        return em.createNativeQuery(REMOVE_EXPIRED_WRAPPING_KEYS)
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, limit).executeUpdate();
    }

    @Override
    public void removeMaterial(String keyId) {
        em.createQuery("delete from KeyMaterialRecord m where m.keyId = :keyId").setParameter("keyId", keyId).executeUpdate();
    }

    @Override
    public List<ExpiredMaterial> expiredAfter(Instant now, ExpiredMaterial after, int limit) {
        var query = em.createQuery("select k from KeyRecord k where k.validTo <= :now and k.currentMaterialVersion is not null"
                        + (after == null ? "" : " and (k.validTo > :afterDate or (k.validTo = :afterDate and k.keyId > :afterKeyId))")
                        + " order by k.validTo, k.keyId", KeyRecord.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC));
        if (after != null) {
            query.setParameter("afterDate", after.validTo().atOffset(ZoneOffset.UTC)).setParameter("afterKeyId", after.keyId());
        }
        return query.setMaxResults(limit).getResultStream()
                .map(k -> new ExpiredMaterial(k.getKeyId(), k.getValidTo())).toList();
    }

    @Override
    public Optional<Key> claimExpired(String keyId, Instant now) {
        if (em.createNativeQuery(CLAIM).setParameter(1, keyId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        // Read after the lock, so the expiry checked is the committed one (a reimport may have moved it).
        return Optional.ofNullable(em.find(KeyRecord.class, keyId)).map(Key::of)
                .filter(key -> key.hasImportedMaterial() && key.materialExpired(now));
    }

    @Override
    public List<String> unwarnedExpiringBy(Instant windowEnd, int limit) {
        return em.createQuery("select k.keyId from KeyRecord k where k.validTo <= :windowEnd and k.expiryWarnedAt is null"
                        + " and k.currentMaterialVersion is not null order by k.validTo, k.keyId", String.class)
                .setParameter("windowEnd", windowEnd.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Key> claimUnwarned(String keyId, Instant windowEnd) {
        if (em.createNativeQuery(CLAIM).setParameter(1, keyId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(KeyRecord.class, keyId))
                .filter(k -> k.getExpiryWarnedAt() == null && k.getValidTo() != null && !k.getValidTo().isAfter(windowEnd))
                .map(Key::of);
    }
}
