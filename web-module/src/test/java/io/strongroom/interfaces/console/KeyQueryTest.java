package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.KeyFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class KeyQueryTest {

    private static Map<String, FilterMeta> filters(String... fieldValuePairs) {
        Map<String, FilterMeta> map = new LinkedHashMap<>();
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            // Keys deliberately differ from the field: some PrimeFaces versions key by column id.
            map.put("col" + i, FilterMeta.builder().field(fieldValuePairs[i]).filterValue(fieldValuePairs[i + 1]).build());
        }
        return map;
    }

    private static Map<String, SortMeta> sort(String field, SortOrder order) {
        return Map.of("col", SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void noFiltersMeansNoFilter() {
        assertEquals(KeyFilter.none(), KeyQuery.filterOf(Map.of()));
    }

    @Test
    void columnFiltersMapToTheCatalogFilter() {
        KeyFilter filter = KeyQuery.filterOf(filters("aliases", " prod ", "keyId", "1234",
                "keyState", "Enabled", "keySpec", "SYMMETRIC_DEFAULT", "origin", "AWS_KMS"));

        assertEquals(new KeyFilter("prod", "1234", "Enabled", "SYMMETRIC_DEFAULT", "AWS_KMS"), filter);
    }

    @Test
    void blankFilterValuesAreIgnored() {
        assertEquals(KeyFilter.none(), KeyQuery.filterOf(filters("keyId", "   ", "aliases", "")));
    }

    @Test
    void newestFirstWhenUnsorted() {
        KeyQuery query = KeyQuery.of(Map.of(), Map.of());

        assertEquals("creationDate", query.sortField());
        assertFalse(query.ascending());
    }

    @Test
    void columnSortIsPassedOn() {
        KeyQuery query = KeyQuery.of(sort("keyState", SortOrder.ASCENDING), Map.of());

        assertEquals("keyState", query.sortField());
        assertTrue(query.ascending());
    }

    @Test
    void unsortableFieldsFallBackToNewestFirst() {
        KeyQuery query = KeyQuery.of(sort("aliases", SortOrder.ASCENDING), Map.of());

        assertEquals("creationDate", query.sortField());
        assertFalse(query.ascending());
    }

    @Test
    void unsortedColumnIsIgnored() {
        KeyQuery query = KeyQuery.of(sort("keyId", SortOrder.UNSORTED), Map.of());

        assertEquals("creationDate", query.sortField());
    }
}
