package io.strongroom.infrastructure.persistence;

import io.strongroom.domain.KeySpec;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.ReplicationSession;
import io.strongroom.domain.replication.ReplicationSessionRepository;
import io.strongroom.persistence.ReplicationSessionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/** {@link ReplicationSessionRepository} on JPA; the session id is stored as 32 hex digits. */
@ApplicationScoped
public class JpaReplicationSessionRepository implements ReplicationSessionRepository {

    private static final HexFormat HEX = HexFormat.of();
    private static final String REMOVE_EXPIRED = "delete from replication_session where session_id in"
            + " (select session_id from replication_session where expires_at <= ?1 limit ?2 for update skip locked)";

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @Override
    public void open(ReplicationSession s) {
        em.persist(new ReplicationSessionRecord(HEX.formatHex(s.sessionId()), s.peerRegion(), s.keyId(), s.awaiting().name(),
                s.expectedKeySpec() == null ? null : s.expectedKeySpec().name(), s.materialVersion(),
                s.agreementPublicKey(), s.sealedAgreementKey(), s.createdAt(), s.expiresAt()));
    }

    @Override
    public Optional<ReplicationSession> find(byte[] sessionId) {
        return Optional.ofNullable(em.find(ReplicationSessionRecord.class, HEX.formatHex(sessionId)))
                .map(r -> new ReplicationSession(HEX.parseHex(r.getSessionId()), r.getPeerRegion(), r.getKeyId(),
                        MessageType.valueOf(r.getAwaiting()),
                        r.getExpectedKeySpec() == null ? null : KeySpec.valueOf(r.getExpectedKeySpec()),
                        r.getMaterialVersion(), r.getAgreementPublicKey(), r.getAgreementKeySealed(), r.getCreatedAt(),
                        r.getExpiresAt()));
    }

    @Override
    public void close(byte[] sessionId) {
        ReplicationSessionRecord record = em.find(ReplicationSessionRecord.class, HEX.formatHex(sessionId));
        if (record != null) {
            em.remove(record);
        }
    }

    @Override
    public int removeExpired(Instant now, int limit) {
        return em.createNativeQuery(REMOVE_EXPIRED).setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, limit)
                .executeUpdate();
    }
}
