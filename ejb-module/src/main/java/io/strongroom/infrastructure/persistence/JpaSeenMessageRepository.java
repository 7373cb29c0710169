package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.replication.SeenMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * {@link SeenMessageRepository} on PostgreSQL: the primary key makes a first sighting atomic across
 * nodes ({@code INSERT … ON CONFLICT DO NOTHING} inserts one row or none). Native SQL only, as the
 * table is never read as objects.
 */
@ApplicationScoped
public class JpaSeenMessageRepository implements SeenMessageRepository {

    private static final HexFormat HEX = HexFormat.of();
    private static final String SEEN = "select count(*) from replication_seen_message"
            + " where source_region = ?1 and session_id = ?2 and sequence = ?3";
    private static final String INSERT = "insert into replication_seen_message (source_region, session_id, sequence, keep_until)"
            + " values (?1, ?2, ?3, ?4) on conflict do nothing";
    private static final String REMOVE_EXPIRED = "delete from replication_seen_message where ctid in"
            + " (select ctid from replication_seen_message where keep_until <= ?1 limit ?2 for update skip locked)";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public boolean seen(String sourceRegion, byte[] sessionId, long sequence) {
        Number count = (Number) em.createNativeQuery(SEEN).setParameter(1, sourceRegion)
                .setParameter(2, HEX.formatHex(sessionId)).setParameter(3, sequence).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public boolean firstSighting(String sourceRegion, byte[] sessionId, long sequence, Instant keepUntil) {
        return em.createNativeQuery(INSERT).setParameter(1, sourceRegion).setParameter(2, HEX.formatHex(sessionId))
                .setParameter(3, sequence).setParameter(4, keepUntil.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    @Override
    public int removeExpired(Instant now, int limit) {
        return em.createNativeQuery(REMOVE_EXPIRED).setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, limit)
                .executeUpdate();
    }
}
