package io.strongroom.interfaces.console;

import io.strongroom.application.AliasFilter;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Translates the alias table's column filters and sort into the query {@code AliasCatalog}
 * understands. Column field names in {@code aliases.xhtml} are the names used here.
 *
 * @param filter    what the rows must match
 * @param sortField one of the catalog's sort fields
 * @param ascending sort direction
 */
record AliasQuery(AliasFilter filter, String sortField, boolean ascending) {

    static final String ALIAS_NAME = "aliasName";
    static final String TARGET_KEY_ID = "targetKeyId";
    static final String CREATION_DATE = "creationDate";
    static final String LAST_UPDATED_DATE = "lastUpdatedDate";

    static AliasFilter filterOf(Map<String, FilterMeta> filterBy) {
        return new AliasFilter(text(filterBy, ALIAS_NAME), text(filterBy, TARGET_KEY_ID));
    }

    /** By name, as ListAliases orders, unless the user sorted by a column. */
    static AliasQuery of(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AliasFilter filter = filterOf(filterBy);
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .filter(s -> isSortable(s.getField()))
                .findFirst()
                .map(s -> new AliasQuery(filter, s.getField(), s.getOrder() == SortOrder.ASCENDING))
                .orElse(new AliasQuery(filter, ALIAS_NAME, true));
    }

    private static boolean isSortable(String field) {
        return ALIAS_NAME.equals(field) || TARGET_KEY_ID.equals(field) || CREATION_DATE.equals(field)
                || LAST_UPDATED_DATE.equals(field);
    }

    /** The map's keys are column keys in some PrimeFaces versions, so match on the field. */
    private static String text(Map<String, FilterMeta> filterBy, String field) {
        return filterBy.values().stream()
                .filter(meta -> field.equals(meta.getField()) && meta.getFilterValue() != null)
                .map(meta -> meta.getFilterValue().toString().trim())
                .filter(value -> !value.isEmpty())
                .findFirst()
                .orElse(null);
    }
}
