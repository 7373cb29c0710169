package io.strongroom.application;

import io.strongroom.domain.Key;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.persistence.KeyAliasRecord;
import io.strongroom.persistence.KeyRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Read side of the console's key list: counting and paging with filter and sort in the database.
 * sortField is one of keyId, keyState, keySpec, origin, creationDate (anything else: creationDate).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KeyCatalog {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "keyId", "k.keyId", "keyState", "k.keyState", "keySpec", "k.keySpec", "origin", "k.origin",
            "creationDate", "k.createdAt", "description", "k.description");

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private RegionIdentity region;

    public long count(KeyFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> query = em.createQuery("select count(k) from KeyRecord k" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<KeySummary> page(KeyFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        Map<String, Object> parameters = new HashMap<>();
        String order = SORT_COLUMNS.getOrDefault(sortField, "k.createdAt") + (ascending ? " asc" : " desc");
        // The state of a key in an external key store depends on its store: fetched with the page, not per row.
        TypedQuery<KeyRecord> query = em.createQuery("select k from KeyRecord k left join fetch k.customKeyStore"
                + where(filter, parameters) + " order by " + order + ", k.keyId", KeyRecord.class);
        parameters.forEach(query::setParameter);
        List<KeyRecord> records = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultList();
        Map<String, List<String>> aliases = aliasesOf(records);
        // The state callers see (DescribeKey's): Unavailable in a store that is not CONNECTED, PendingImport once expired.
        return records.stream().map(k -> new KeySummary(k.getKeyId(), region.keyArn(k.getKeyId()),
                aliases.getOrDefault(k.getKeyId(), List.of()), Key.of(k).state().name(), k.getKeySpec(), k.getOrigin(),
                k.getCreatedAt(), k.getDescription())).toList();
    }

    /** All aliases of the page's keys in one query. */
    private Map<String, List<String>> aliasesOf(List<KeyRecord> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from KeyAliasRecord a where a.keyId in :ids order by a.aliasName",
                        KeyAliasRecord.class)
                .setParameter("ids", records.stream().map(KeyRecord::getKeyId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(KeyAliasRecord::getKeyId, LinkedHashMap::new,
                        Collectors.mapping(KeyAliasRecord::getAliasName, Collectors.toList())));
    }

    private static String where(KeyFilter filter, Map<String, Object> parameters) {
        if (filter == null) {
            return "";
        }
        StringBuilder where = new StringBuilder();
        if (hasText(filter.keyId())) {
            clause(where, "lower(k.keyId) like :keyId");
            parameters.put("keyId", contains(filter.keyId()));
        }
        if (hasText(filter.alias())) {
            clause(where, "exists (select a from KeyAliasRecord a where a.keyId = k.keyId and lower(a.aliasName) like :alias)");
            parameters.put("alias", contains(filter.alias()));
        }
        if (hasText(filter.keyState())) {
            clause(where, "k.keyState = :keyState");
            parameters.put("keyState", filter.keyState());
        }
        if (hasText(filter.keySpec())) {
            clause(where, "k.keySpec = :keySpec");
            parameters.put("keySpec", filter.keySpec());
        }
        if (hasText(filter.origin())) {
            clause(where, "k.origin = :origin");
            parameters.put("origin", filter.origin());
        }
        if (hasText(filter.customKeyStoreId())) {
            clause(where, "k.customKeyStoreId = :customKeyStoreId");
            parameters.put("customKeyStoreId", filter.customKeyStoreId());
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
    private static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
