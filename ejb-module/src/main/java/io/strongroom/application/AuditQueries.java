package io.strongroom.application;

import io.strongroom.application.access.AccessControl;
import io.strongroom.client.KmsException;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.persistence.AuditEventRecord;
import io.strongroom.persistence.KeyAliasRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read side of the audit log: counting and paging events with filter and time order in the
 * database, for administrators (CloudTrail's {@code LookupEvents}, authorized by identity
 * policies alone). Events are written by {@link AuditLog} only; nothing here changes them.
 * V7's indexes serve these queries: time order, and time order within one key, principal,
 * operation or among failures.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Interceptors(AuditedFailures.class)
public class AuditQueries {

    static final String ACTION = "cloudtrail:LookupEvents";
    static final int MAX_PAGE = 1000;

    /** One event as the audit log screen shows it. */
    public record Entry(long id, Instant time, String principalArn, String operation, String keyId, String outcome,
                        String requestId, String sourceAddress, String channel) implements Serializable {

        public boolean failed() {
            return !AuditEvent.SUCCESS.equals(outcome);
        }
    }

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private RegionIdentity region;
    @Inject
    private AccessControl accessControl;
    @Inject
    private AuditLog auditLog;

    /** How many events match, for the screen's paginator. */
    public long countEvents(CallerContext caller, AuditFilter filter) {
        accessControl.authorizeIdentityOnly(caller, ACTION, "*");
        Map<String, Object> parameters = new HashMap<>();
        String where = AuditConditions.where(filter, keyReferences(filter), parameters);
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEventRecord e" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** One page of matching events by time (newest first unless ascending), id breaking ties. */
    public List<Entry> lookupEvents(CallerContext caller, AuditFilter filter, int first, int pageSize,
                                    boolean ascending) {
        accessControl.authorizeIdentityOnly(caller, ACTION, "*");
        if (first < 0) {
            throw KmsException.validation("first", "Member must have value greater than or equal to 0");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw KmsException.validation("pageSize", "Member must have value between 1 and " + MAX_PAGE);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = AuditConditions.where(filter, keyReferences(filter), parameters);
        String direction = ascending ? " asc" : " desc";
        TypedQuery<AuditEventRecord> query = em.createQuery("select e from AuditEventRecord e" + where
                + " order by e.eventTime" + direction + ", e.id" + direction, AuditEventRecord.class);
        parameters.forEach(query::setParameter);
        List<Entry> page = query.setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(e -> new Entry(e.getId(), e.getEventTime(), e.getPrincipalArn(), e.getOperation(), e.getKeyId(),
                        e.getOutcome(), e.getRequestId(), e.getSourceAddress(), e.getChannel()))
                .toList();
        // Reading the audit log is itself an audited event, as in CloudTrail.
        auditLog.recordDurably(AuditEvent.of(caller, "LookupEvents", null, AuditEvent.SUCCESS));
        return page;
    }

    /**
     * Every operation name the log holds, sorted: a loose index scan over the operation index
     * (one index probe per name), not a scan of the whole log.
     */
    public List<String> listAuditedOperations(CallerContext caller) {
        accessControl.authorizeIdentityOnly(caller, ACTION, "*");
        List<?> names = em.createNativeQuery("with recursive ops(op) as ("
                + " (select operation from audit_event order by operation limit 1)"
                + " union all"
                + " select (select a.operation from audit_event a where a.operation > ops.op order by a.operation limit 1)"
                + " from ops where ops.op is not null)"
                + " select op from ops where op is not null").getResultList();
        return names.stream().map(String::valueOf).toList();
    }

    /**
     * Every key_id value an event of the filtered key may carry: successes record the key id,
     * failures the reference the caller used (key id, key ARN, alias name or alias ARN).
     * Null when the filter names no whole key, so that the start of a key id is matched instead.
     */
    private List<String> keyReferences(AuditFilter filter) {
        if (filter == null) {
            return null;
        }
        AuditConditions.KeyReference reference = AuditConditions.KeyReference.parse(filter.key());
        if (reference == null) {
            return null;
        }
        String keyId = reference.keyId();
        List<String> references = new ArrayList<>();
        if (reference.aliasName() != null) {
            references.add(reference.aliasName());
            references.add(region.aliasArn(reference.aliasName()));
            KeyAliasRecord alias = em.find(KeyAliasRecord.class, reference.aliasName());
            keyId = alias == null ? null : alias.getKeyId();
        }
        if (keyId != null) {
            references.add(keyId);
            references.add(region.keyArn(keyId));
            for (KeyAliasRecord alias : em.createNamedQuery("KeyAliasRecord.forKey", KeyAliasRecord.class)
                    .setParameter("keyId", keyId).getResultList()) {
                if (!references.contains(alias.getAliasName())) {
                    references.add(alias.getAliasName());
                    references.add(region.aliasArn(alias.getAliasName()));
                }
            }
        }
        return references;
    }
}
