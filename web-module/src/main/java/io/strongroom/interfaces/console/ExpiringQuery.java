package io.strongroom.interfaces.console;

import io.strongroom.application.ExpiringMaterialFilter;
import io.strongroom.application.ExpiryUrgency;
import java.util.Arrays;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Translates the "Expiring material" table's column filters and sort into the query
 * {@code ExpiringMaterialCatalog} understands. Column field names in {@code expiring.xhtml} are the
 * names used here.
 */
record ExpiringQuery(ExpiringMaterialFilter filter, String sortField, boolean ascending) {

    static final String KEY_ID = "keyId";
    static final String ALIASES = "aliases";
    static final String KEY_STATE = "keyState";
    static final String VALID_TO = "validTo";
    static final String URGENCY = "urgency";

    static ExpiringMaterialFilter filterOf(Map<String, FilterMeta> filterBy) {
        return new ExpiringMaterialFilter(text(filterBy, KEY_ID), text(filterBy, ALIASES), text(filterBy, KEY_STATE),
                urgency(text(filterBy, URGENCY)));
    }

    /** Soonest deadline first unless the user sorted by a column. */
    static ExpiringQuery of(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ExpiringMaterialFilter filter = filterOf(filterBy);
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                .filter(s -> KEY_ID.equals(s.getField()) || KEY_STATE.equals(s.getField()) || VALID_TO.equals(s.getField()))
                .findFirst()
                .map(s -> new ExpiringQuery(filter, s.getField(), s.getOrder() == SortOrder.ASCENDING))
                .orElse(new ExpiringQuery(filter, VALID_TO, true));
    }

    /** An unknown urgency (a hand-made request) filters nothing rather than failing the table. */
    private static ExpiryUrgency urgency(String name) {
        return Arrays.stream(ExpiryUrgency.values()).filter(u -> u.name().equals(name)).findFirst().orElse(null);
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
