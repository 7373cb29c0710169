package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.replication.TopologyNotice;
import io.strongroom.domain.replication.TopologyNoticeOutbox;
import io.strongroom.persistence.TopologyNoticeRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@link TopologyNoticeOutbox} on JPA; runs in the calling service's transaction. */
@ApplicationScoped
public class JpaTopologyNoticeOutbox implements TopologyNoticeOutbox {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public void enqueue(String keyId, String destinationRegion, TopologyNotice notice, Instant now) {
        em.persist(new TopologyNoticeRecord(keyId, destinationRegion, notice.kind().name(), notice.encode(), now));
        // The identity value orders the queue: take it now, in the order the notices were made.
        em.flush();
    }

    @Override
    public List<Long> dueHeads(Instant now, int limit) {
        return em.createNamedQuery("TopologyNoticeRecord.dueHeads", Long.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<TopologyNoticeRecord> lock(long noticeId) {
        return Optional.ofNullable(em.find(TopologyNoticeRecord.class, noticeId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void remove(TopologyNoticeRecord notice) {
        em.remove(notice);
    }

    @Override
    public void discard(String keyId, String destinationRegion) {
        em.createNamedQuery("TopologyNoticeRecord.discard").setParameter("keyId", keyId)
                .setParameter("region", destinationRegion).executeUpdate();
    }

    @Override
    public void readdress(String keyId, String fromRegion, String toRegion, Instant now) {
        queued(keyId).stream().filter(notice -> notice.getDestinationRegion().equals(fromRegion))
                .forEach(notice -> notice.readdressTo(toRegion, now));
    }

    @Override
    public List<TopologyNoticeRecord> queued(String keyId) {
        return em.createNamedQuery("TopologyNoticeRecord.forKey", TopologyNoticeRecord.class)
                .setParameter("keyId", keyId).getResultList();
    }
}
