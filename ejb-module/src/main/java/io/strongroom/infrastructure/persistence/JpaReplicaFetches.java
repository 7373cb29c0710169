package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.replication.ReplicaFetches;
import io.strongroom.persistence.ReplicaFetchRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@link ReplicaFetches} on JPA; runs in the calling service's transaction. */
@ApplicationScoped
public class JpaReplicaFetches implements ReplicaFetches {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public void wantCreation(String keyId, Instant now) {
        em.persist(new ReplicaFetchRecord(keyId, null, now));
    }

    @Override
    public void wantVersion(String keyId, int materialVersion, Instant now) {
        Optional<ReplicaFetchRecord> pending = find(keyId);
        if (pending.isPresent()) {
            pending.get().want(materialVersion, now);
        } else {
            em.persist(new ReplicaFetchRecord(keyId, materialVersion, now));
        }
    }

    @Override
    public List<String> due(Instant now, int limit) {
        return em.createNamedQuery("ReplicaFetchRecord.due", String.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<ReplicaFetchRecord> find(String keyId) {
        return Optional.ofNullable(em.find(ReplicaFetchRecord.class, keyId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void done(ReplicaFetchRecord fetch) {
        em.remove(fetch);
    }

    @Override
    public int resumeAll(Instant now) {
        return em.createNamedQuery("ReplicaFetchRecord.resume").setParameter("now", now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
