package io.strongroom.application;

import io.strongroom.domain.RegionIdentity;
import io.strongroom.infrastructure.config.StrongroomConfig;
import io.strongroom.persistence.KeyAliasRecord;
import io.strongroom.persistence.KeyRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Read side of expiring imported key material: the console's "Expiring material" screen, its
 * dashboard widget, the key page's warning banner and the expiry metrics. A key is listed while it
 * holds imported material with a ValidTo, including material whose ValidTo has passed but which the
 * sweep has not deleted yet (it is unusable already, and shown as expired). Filter, sort and counts
 * run in the database, on the partial index over valid_to.
 * sortField is one of validTo, keyId, keyState (anything else: validTo).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExpiringMaterialCatalog {

    /** Keys with imported material that has a ValidTo; matches the index kms_key_material_expiry. */
    static final String LISTED = "k.validTo is not null and k.currentMaterialVersion is not null and k.origin = 'EXTERNAL'";
    /** The state the key aggregate reports: expired material makes Enabled and Disabled keys PendingImport. */
    static final String EFFECTIVE_STATE = "case when k.validTo <= :now and (k.keyState = 'Enabled' or k.keyState = 'Disabled')"
            + " then 'PendingImport' else k.keyState end";

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "validTo", "k.validTo", "keyId", "k.keyId", "keyState", EFFECTIVE_STATE);

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private RegionIdentity region;
    @Inject
    private StrongroomConfig config;

    public long count(ExpiringMaterialFilter filter, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select count(k) from KeyRecord k" + where(filter, now, parameters);
        return bind(em.createQuery(jpql, Long.class), jpql, parameters).getSingleResult();
    }

    public List<ExpiringMaterial> page(ExpiringMaterialFilter filter, Instant now, int first, int pageSize,
                                       String sortField, boolean ascending) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select k from KeyRecord k" + where(filter, now, parameters) + " order by " + orderBy(sortField, ascending);
        List<KeyRecord> records = bind(em.createQuery(jpql, KeyRecord.class), jpql, parameters)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        Map<String, List<String>> aliases = aliasesOf(records.stream().map(KeyRecord::getKeyId).toList());
        return records.stream().map(k -> toView(k, aliases.getOrDefault(k.getKeyId(), List.of()), now)).toList();
    }

    /** Counts per urgency band, in one pass over the listed keys. */
    public ExpirySummary summary(Instant now) {
        Object[] sums = em.createQuery("select"
                        + " sum(case when k.validTo <= :now then 1 else 0 end),"
                        + " sum(case when k.validTo > :now and k.validTo <= :day then 1 else 0 end),"
                        + " sum(case when k.validTo > :day and k.validTo <= :week then 1 else 0 end),"
                        + " sum(case when k.validTo > :week then 1 else 0 end)"
                        + " from KeyRecord k where " + LISTED, Object[].class)
                .setParameter("now", column(now))
                .setParameter("day", column(ExpiryUrgency.UNDER_24_HOURS.until(now)))
                .setParameter("week", column(ExpiryUrgency.UNDER_7_DAYS.until(now)))
                .getSingleResult();
        return new ExpirySummary(number(sums[0]), number(sums[1]), number(sums[2]), number(sums[3]));
    }

    /** Every listed key's deadline, soonest first, read as a projection (no entities) for the metrics. */
    public List<MaterialDeadline> deadlines() {
        return em.createQuery("select k.keyId, k.validTo from KeyRecord k where " + LISTED
                        + " order by k.validTo, k.keyId", Object[].class)
                .getResultStream()
                .map(row -> new MaterialDeadline((String) row[0], region.keyArn((String) row[0]),
                        ((OffsetDateTime) row[1]).toInstant()))
                .toList();
    }

    /**
     * The key's expiring material when its ValidTo is within the configured warning window (or has
     * passed); empty for any other key, including unknown ones.
     */
    public Optional<ExpiringMaterial> inWarningWindow(String keyId, Instant now) {
        return inWarningWindow(keyId, now, config.expiryWarningWindow());
    }

    public Optional<ExpiringMaterial> inWarningWindow(String keyId, Instant now, Duration warningWindow) {
        if (keyId == null || keyId.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select k from KeyRecord k where k.keyId = :keyId and k.validTo <= :windowEnd and "
                        + LISTED, KeyRecord.class)
                .setParameter("keyId", keyId)
                .setParameter("windowEnd", column(now.plus(warningWindow)))
                .getResultStream()
                .findFirst()
                .map(k -> toView(k, aliasesOf(List.of(k.getKeyId())).getOrDefault(k.getKeyId(), List.of()), now));
    }

    private ExpiringMaterial toView(KeyRecord k, List<String> aliases, Instant now) {
        Instant validTo = k.getValidTo();
        return new ExpiringMaterial(k.getKeyId(), region.keyArn(k.getKeyId()), aliases, k.getDescription(),
                effectiveState(k.getKeyState(), validTo, now), validTo, secondsLeft(validTo, now),
                ExpiryUrgency.of(validTo, now));
    }

    /** Whole seconds until ValidTo, negative once it has passed (rounded towards the past). */
    public static long secondsLeft(Instant validTo, Instant now) {
        return Math.floorDiv(Duration.between(now, validTo).toMillis(), 1000L);
    }

    static String effectiveState(String storedState, Instant validTo, Instant now) {
        boolean usable = "Enabled".equals(storedState) || "Disabled".equals(storedState);
        return usable && !validTo.isAfter(now) ? "PendingImport" : storedState;
    }

    /** All aliases of the given keys in one query. */
    private Map<String, List<String>> aliasesOf(List<String> keyIds) {
        if (keyIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from KeyAliasRecord a where a.keyId in :ids order by a.aliasName",
                        KeyAliasRecord.class)
                .setParameter("ids", keyIds)
                .getResultStream()
                .collect(Collectors.groupingBy(KeyAliasRecord::getKeyId, LinkedHashMap::new,
                        Collectors.mapping(KeyAliasRecord::getAliasName, Collectors.toList())));
    }

    /** The where clause (always at least the listed keys); :now is offered for the effective state and the bands. */
    static String where(ExpiringMaterialFilter filter, Instant now, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where ").append(LISTED);
        parameters.put("now", column(now));
        if (filter == null) {
            return where.toString();
        }
        if (hasText(filter.keyId())) {
            where.append(" and lower(k.keyId) like :keyId");
            parameters.put("keyId", contains(filter.keyId()));
        }
        if (hasText(filter.alias())) {
            where.append(" and exists (select a from KeyAliasRecord a where a.keyId = k.keyId and lower(a.aliasName) like :alias)");
            parameters.put("alias", contains(filter.alias()));
        }
        if (hasText(filter.keyState())) {
            where.append(" and ").append(EFFECTIVE_STATE).append(" = :keyState");
            parameters.put("keyState", filter.keyState());
        }
        ExpiryUrgency urgency = filter.urgency();
        if (urgency != null) {
            if (urgency.after(now) != null) {
                where.append(" and k.validTo > :after");
                parameters.put("after", column(urgency.after(now)));
            }
            // EXPIRED ends at now itself, which is already bound.
            if (urgency == ExpiryUrgency.EXPIRED) {
                where.append(" and k.validTo <= :now");
            } else if (urgency.until(now) != null) {
                where.append(" and k.validTo <= :until");
                parameters.put("until", column(urgency.until(now)));
            }
        }
        return where.toString();
    }

    /** Soonest deadline first unless another known column is chosen; ties broken by ValidTo, then key id. */
    static String orderBy(String sortField, boolean ascending) {
        String column = SORT_COLUMNS.getOrDefault(sortField, "k.validTo");
        String direction = ascending ? " asc" : " desc";
        return "k.validTo".equals(column) ? column + direction + ", k.keyId" : column + direction + ", k.validTo, k.keyId";
    }

    /** Binds the parameters the query uses (JPA refuses values for parameters a query does not name). */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String jpql, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (jpql.matches("(?s).*:" + name + "\\b.*")) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static OffsetDateTime column(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** A LIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
    static String contains(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
