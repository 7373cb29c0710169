package io.strongroom.infrastructure.persistence;

import io.strongroom.application.access.AccessControl;
import io.strongroom.client.KmsException;
import io.strongroom.domain.ExternalKeyRules;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.persistence.CustomKeyStoreRecord;
import io.strongroom.persistence.KeyAliasRecord;
import io.strongroom.persistence.KeyMaterialRecord;
import io.strongroom.persistence.KeyRecord;
import io.strongroom.persistence.KeyTagRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link KeyRepository} on JPA; runs in the calling service's transaction. */
@ApplicationScoped
public class JpaKeyRepository implements KeyRepository {

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private AccessControl accessControl;

    @Override
    public Key find(KeyReference reference, String rawReference) {
        Optional<Key> key = Optional.empty();
        String requestAlias = null;
        if (reference instanceof KeyReference.ById byId) {
            key = load(byId.keyId());
        } else if (reference instanceof KeyReference.ByAlias byAlias) {
            requestAlias = byAlias.aliasName();
            key = Optional.ofNullable(em.find(KeyAliasRecord.class, byAlias.aliasName()))
                    .flatMap(alias -> load(alias.getKeyId()));
        }
        Key found = key.orElseThrow(() -> KmsException.notFound(rawReference));
        accessControl.authorizeKey(found, requestAlias);
        return found;
    }

    /** Every key leaving the repository is authorized for the operation in the caller's scope. */
    @Override
    public Optional<Key> findById(String keyId) {
        Optional<Key> key = load(keyId);
        key.ifPresent(found -> accessControl.authorizeKey(found, null));
        return key;
    }

    private Optional<Key> load(String keyId) {
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
        try {
            // Material and tags reference the key row; make it exist before they are inserted.
            em.flush();
        } catch (PersistenceException e) {
            // The index kms_key_xks_key: a concurrent CreateKey took the same external key first.
            if (key.xksKeyId() != null && isUniqueViolation(e)) {
                throw ExternalKeyRules.alreadyInUse(key.customKeyStoreId(), key.xksKeyId());
            }
            throw e;
        }
        if (key.customKeyStoreId() != null) {
            // The store relation is read-only: load it, so the new key's state reads from its store at once.
            em.refresh(key.record());
        }
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
    public Optional<String> customKeyStoreConnectionState(String customKeyStoreId) {
        return Optional.ofNullable(em.find(CustomKeyStoreRecord.class, customKeyStoreId))
                .map(CustomKeyStoreRecord::getConnectionState);
    }

    @Override
    public boolean xksKeyInUse(String customKeyStoreId, String xksKeyId) {
        return em.createNamedQuery("KeyRecord.countByXksKey", Long.class)
                .setParameter("customKeyStoreId", customKeyStoreId)
                .setParameter("xksKeyId", xksKeyId)
                .getSingleResult() > 0;
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> aliases(String keyId) {
        return em.createNamedQuery("KeyAliasRecord.forKey", KeyAliasRecord.class).setParameter("keyId", keyId)
                .getResultStream().map(KeyAliasRecord::getAliasName).toList();
    }
}
