package io.strongroom.infrastructure.persistence;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.AliasRepository;
import io.strongroom.persistence.KeyAliasRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link AliasRepository} on JPA; runs in the calling service's transaction. */
@ApplicationScoped
public class JpaAliasRepository implements AliasRepository {

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public Optional<KeyAliasRecord> find(String aliasName) {
        return Optional.ofNullable(em.find(KeyAliasRecord.class, aliasName));
    }

    @Override
    public void add(KeyAliasRecord alias) {
        em.persist(alias);
        try {
            // Flushed now so that a concurrent CreateAlias of the same name fails as AlreadyExists, not at commit.
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new KmsException(KmsError.AlreadyExistsException,
                        "An alias with the name " + alias.getAliasName() + " already exists");
            }
            throw e;
        }
    }

    @Override
    public void remove(KeyAliasRecord alias) {
        em.remove(alias);
    }

    @Override
    public List<KeyAliasRecord> pageAfter(String keyId, String afterAliasName, int limitPlusOne) {
        TypedQuery<KeyAliasRecord> query = keyId == null
                ? em.createNamedQuery("KeyAliasRecord.pageAfter", KeyAliasRecord.class)
                : em.createNamedQuery("KeyAliasRecord.pageForKeyAfter", KeyAliasRecord.class).setParameter("keyId", keyId);
        return query.setParameter("marker", afterAliasName == null ? "" : afterAliasName)
                .setMaxResults(limitPlusOne)
                .getResultList();
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
