package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.KeyState;
import io.strongroom.domain.replication.PrimaryUpdate;
import io.strongroom.domain.replication.PrimaryUpdateRepository;
import io.strongroom.persistence.PrimaryUpdateRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@link PrimaryUpdateRepository} on JPA. */
@ApplicationScoped
public class JpaPrimaryUpdateRepository implements PrimaryUpdateRepository {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public void save(PrimaryUpdate u) {
        PrimaryUpdateRecord stored = em.find(PrimaryUpdateRecord.class, u.updateId());
        if (stored == null) {
            em.persist(new PrimaryUpdateRecord(u.updateId(), u.keyId(), u.role().name(), u.peerRegion(), u.phase().name(),
                    u.replicaStateBefore() == null ? null : u.replicaStateBefore().name(), u.startedAt(), u.attempts(),
                    u.nextAttemptAt()));
            return;
        }
        stored.setPhase(u.phase().name());
        stored.setAttempts(u.attempts());
        stored.setNextAttemptAt(u.nextAttemptAt());
    }

    @Override
    public Optional<PrimaryUpdate> find(String updateId) {
        return Optional.ofNullable(em.find(PrimaryUpdateRecord.class, updateId)).map(JpaPrimaryUpdateRepository::toDomain);
    }

    @Override
    public List<PrimaryUpdate> dueSources(Instant now, int limit) {
        return em.createQuery("select u from PrimaryUpdateRecord u where u.role = 'SOURCE' and u.nextAttemptAt <= :now"
                        + " order by u.nextAttemptAt", PrimaryUpdateRecord.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList().stream()
                .map(JpaPrimaryUpdateRepository::toDomain).toList();
    }

    @Override
    public List<PrimaryUpdate> targetsOf(String keyId) {
        return em.createQuery("select u from PrimaryUpdateRecord u where u.role = 'TARGET' and u.keyId = :keyId",
                        PrimaryUpdateRecord.class)
                .setParameter("keyId", keyId).getResultList().stream().map(JpaPrimaryUpdateRepository::toDomain).toList();
    }

    @Override
    public void delete(String updateId) {
        PrimaryUpdateRecord stored = em.find(PrimaryUpdateRecord.class, updateId);
        if (stored != null) {
            em.remove(stored);
        }
    }

    @Override
    public int removeTargetsStartedBefore(Instant before) {
        return em.createQuery("delete from PrimaryUpdateRecord u where u.role = 'TARGET' and u.phase <> 'PREPARED'"
                + " and u.startedAt < :before").setParameter("before", before.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    private static PrimaryUpdate toDomain(PrimaryUpdateRecord r) {
        return new PrimaryUpdate(r.getUpdateId(), r.getKeyId(), PrimaryUpdate.Role.valueOf(r.getRole()), r.getPeerRegion(),
                PrimaryUpdate.Phase.valueOf(r.getPhase()),
                r.getReplicaStateBefore() == null ? null : KeyState.valueOf(r.getReplicaStateBefore()), r.getStartedAt(),
                r.getAttempts(), r.getNextAttemptAt());
    }
}
