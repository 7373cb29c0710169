package io.strongroom.application;

import io.strongroom.infrastructure.audit.GroupCommitAuditWriter;
import io.strongroom.persistence.AuditEventRecord;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The two ways an audit event becomes durable: inside the transaction of a state change (so the
 * event and the effect commit or roll back together), or through the group-commit writer for
 * calls that change no row.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    @EJB
    private GroupCommitAuditWriter writer;

    public void recordWithStateChange(AuditEvent event) {
        em.persist(new AuditEventRecord(event.time(), event.principalArn(), event.operation(), event.keyId(),
                event.outcome(), event.requestId(), event.sourceAddress(), event.channel()));
    }

    public void recordDurably(AuditEvent event) {
        writer.recordDurably(event);
    }
}
