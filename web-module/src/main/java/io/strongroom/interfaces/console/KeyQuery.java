package io.strongroom.interfaces.console;

import io.strongroom.application.KeyFilter;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Translates the key table's column filters and sort into the query {@code KeyCatalog}
 * understands. Column field names in {@code keys.xhtml} are the names used here.
 *
 * @param filter    what the rows must match
 * @param sortField one of the catalog's sort fields
 * @param ascending sort direction
 */
record KeyQuery(KeyFilter filter, String sortField, boolean ascending) {

    static final String ALIASES = "aliases";
    static final String KEY_ID = "keyId";
    static final String KEY_STATE = "keyState";
    static final String KEY_SPEC = "keySpec";
    static final String ORIGIN = "origin";
    static final String CREATION_DATE = "creationDate";

    static KeyFilter filterOf(Map<String, FilterMeta> filterBy) {
        return new KeyFilter(text(filterBy, ALIASES), text(filterBy, KEY_ID), text(filterBy, KEY_STATE),
                text(filterBy, KEY_SPEC), text(filterBy, ORIGIN));
    }

    /** Newest keys first unless the user sorted by a column. */
    static KeyQuery of(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        KeyFilter filter = filterOf(filterBy);
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .filter(s -> isSortable(s.getField()))
                .findFirst()
                .map(s -> new KeyQuery(filter, s.getField(), s.getOrder() == SortOrder.ASCENDING))
                .orElse(new KeyQuery(filter, CREATION_DATE, false));
    }

    private static boolean isSortable(String field) {
        return KEY_ID.equals(field) || KEY_STATE.equals(field) || KEY_SPEC.equals(field)
                || ORIGIN.equals(field) || CREATION_DATE.equals(field);
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
