package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.AliasFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class AliasQueryTest {

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
        assertEquals(AliasFilter.none(), AliasQuery.filterOf(Map.of()));
    }

    @Test
    void columnFiltersMapToTheCatalogFilter() {
        assertEquals(new AliasFilter("alias/prod", "1234"),
                AliasQuery.filterOf(filters("aliasName", " alias/prod ", "targetKeyId", "1234")));
    }

    @Test
    void blankFilterValuesAreIgnored() {
        assertEquals(AliasFilter.none(), AliasQuery.filterOf(filters("aliasName", "  ", "targetKeyId", "")));
    }

    @Test
    void byNameWhenUnsorted() {
        AliasQuery query = AliasQuery.of(Map.of(), filters("targetKeyId", "abcd"));

        assertEquals("aliasName", query.sortField());
        assertTrue(query.ascending());
        assertEquals(new AliasFilter(null, "abcd"), query.filter());
    }

    @Test
    void columnSortIsPassedOn() {
        AliasQuery query = AliasQuery.of(sort("lastUpdatedDate", SortOrder.DESCENDING), Map.of());

        assertEquals("lastUpdatedDate", query.sortField());
        assertFalse(query.ascending());
    }

    @Test
    void unknownOrUnsortedColumnsFallBackToName() {
        assertEquals("aliasName", AliasQuery.of(sort("actions", SortOrder.DESCENDING), Map.of()).sortField());
        AliasQuery unsorted = AliasQuery.of(sort("targetKeyId", SortOrder.UNSORTED), Map.of());
        assertEquals("aliasName", unsorted.sortField());
        assertTrue(unsorted.ascending());
    }
}
