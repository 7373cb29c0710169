package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.TagRepository;
import io.strongroom.persistence.KeyTagRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link TagRepository} on JPA; runs in the calling service's transaction. */
@ApplicationScoped
public class JpaTagRepository implements TagRepository {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public List<KeyTagRecord> forKey(String keyId) {
        return em.createNamedQuery("KeyTagRecord.forKey", KeyTagRecord.class).setParameter("keyId", keyId)
                .getResultList();
    }

    @Override
    public List<KeyTagRecord> pageAfter(String keyId, String afterTagKey, int limitPlusOne) {
        return em.createNamedQuery("KeyTagRecord.pageForKeyAfter", KeyTagRecord.class)
                .setParameter("keyId", keyId)
                .setParameter("marker", afterTagKey == null ? "" : afterTagKey)
                .setMaxResults(limitPlusOne)
                .getResultList();
    }

    @Override
    public void add(KeyTagRecord tag) {
        em.persist(tag);
    }

    @Override
    public void remove(KeyTagRecord tag) {
        em.remove(tag);
    }
}
