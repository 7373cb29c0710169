package io.strongroom.infrastructure.persistence;

import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.persistence.KeyAliasRecord;
import io.strongroom.persistence.KeyMaterialRecord;
import io.strongroom.persistence.KeyRecord;
import io.strongroom.persistence.KeyTagRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link KeyRepository} on JPA; runs in the calling service's transaction. */
@ApplicationScoped
public class JpaKeyRepository implements KeyRepository {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public Key find(KeyReference reference, String rawReference) {
        Optional<Key> key = Optional.empty();
        if (reference instanceof KeyReference.ById byId) {
            key = findById(byId.keyId());
        } else if (reference instanceof KeyReference.ByAlias byAlias) {
            key = Optional.ofNullable(em.find(KeyAliasRecord.class, byAlias.aliasName()))
                    .flatMap(alias -> findById(alias.getKeyId()));
        }
        return key.orElseThrow(() -> KmsException.notFound(rawReference));
    }

    @Override
    public Optional<Key> findById(String keyId) {
        return Optional.ofNullable(em.find(KeyRecord.class, keyId)).map(Key::of);
    }

    @Override
    public List<Key> pageAfter(String afterKeyId, int limitPlusOne) {
        return em.createNamedQuery("KeyRecord.pageAfter", KeyRecord.class)
                .setParameter("marker", afterKeyId == null ? "" : afterKeyId)
                .setMaxResults(limitPlusOne)
                .getResultStream().map(Key::of).toList();
    }

    @Override
    public void store(Key key) {
        if (em.contains(key.record())) {
            return;
        }
        em.persist(key.record());
        // Material and tags reference the key row; make it exist before they are inserted.
        em.flush();
    }

    @Override
    public void storeMaterial(KeyMaterialRecord material) {
        em.persist(material);
    }

    @Override
    public Optional<KeyMaterialRecord> findMaterial(String keyId, int materialVersion) {
        return Optional.ofNullable(em.find(KeyMaterialRecord.class, new KeyMaterialRecord.MaterialId(keyId, materialVersion)));
    }

    @Override
    public void storeTag(KeyTagRecord tag) {
        em.persist(tag);
    }

    @Override
    public List<KeyTagRecord> tags(String keyId) {
        return em.createNamedQuery("KeyTagRecord.forKey", KeyTagRecord.class).setParameter("keyId", keyId).getResultList();
    }

    @Override
    public List<String> aliases(String keyId) {
        return em.createNamedQuery("KeyAliasRecord.forKey", KeyAliasRecord.class).setParameter("keyId", keyId)
                .getResultStream().map(KeyAliasRecord::getAliasName).toList();
    }
}
