package io.strongroom.application;

import io.strongroom.client.AliasListEntry;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.persistence.KeyAliasRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read side of the console's alias list. ListAliases pages with markers, which a table that jumps
 * to any page and filters by substring cannot use; this counts and pages with filter and sort in
 * the database instead. sortField is one of aliasName, targetKeyId, creationDate, lastUpdatedDate
 * (anything else: aliasName). Changes to aliases stay with {@link AliasService}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AliasCatalog {

    static final String DEFAULT_SORT = "aliasName";
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "aliasName", "a.aliasName", "targetKeyId", "a.keyId",
            "creationDate", "a.createdAt", "lastUpdatedDate", "a.lastUpdatedAt");

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private RegionIdentity region;

    public long count(AliasFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(a) from KeyAliasRecord a" + where(filter, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<AliasListEntry> page(AliasFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<KeyAliasRecord> query = em.createQuery("select a from KeyAliasRecord a" + where(filter, parameters)
                + " order by " + orderBy(sortField, ascending), KeyAliasRecord.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultStream()
                .map(a -> new AliasListEntry(a.getAliasName(), region.aliasArn(a.getAliasName()), a.getKeyId(),
                        a.getCreatedAt(), a.getLastUpdatedAt()))
                .toList();
    }

    /** The chosen column, then the alias name (unique), so that pages never overlap. */
    static String orderBy(String sortField, boolean ascending) {
        // Map.of refuses null look-ups, and no sort chosen means the default one.
        String column = SORT_COLUMNS.getOrDefault(sortField == null ? DEFAULT_SORT : sortField,
                SORT_COLUMNS.get(DEFAULT_SORT));
        String direction = ascending ? " asc" : " desc";
        return "a.aliasName".equals(column) ? column + direction : column + direction + ", a.aliasName";
    }

    static String where(AliasFilter filter, Map<String, Object> parameters) {
        if (filter == null) {
            return "";
        }
        StringBuilder where = new StringBuilder();
        if (hasText(filter.aliasName())) {
            clause(where, "lower(a.aliasName) like :aliasName");
            parameters.put("aliasName", contains(filter.aliasName()));
        }
        if (hasText(filter.targetKeyId())) {
            clause(where, "lower(a.keyId) like :targetKeyId");
            parameters.put("targetKeyId", contains(filter.targetKeyId()));
        }
        return where.toString();
    }

    private static void clause(StringBuilder where, String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** A LIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
    static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
