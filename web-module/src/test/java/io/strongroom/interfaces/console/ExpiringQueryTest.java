package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.ExpiringMaterialFilter;
import io.strongroom.application.ExpiryUrgency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The "Expiring material" table's filters and sort as catalog queries. */
class ExpiringQueryTest {

    @Test
    void columnFiltersBecomeTheCatalogFilter() {
        Map<String, FilterMeta> filters = Map.of(
                "keyId", filter("keyId", " abc "), "aliases", filter("aliases", "prod"),
                "keyState", filter("keyState", "Enabled"), "urgency", filter("urgency", "UNDER_7_DAYS"));

        assertEquals(new ExpiringMaterialFilter("abc", "prod", "Enabled", ExpiryUrgency.UNDER_7_DAYS),
                ExpiringQuery.filterOf(filters));
    }

    @Test
    void unknownUrgencyAndBlankTextFilterNothing() {
        Map<String, FilterMeta> filters = Map.of("keyId", filter("keyId", "  "), "urgency", filter("urgency", "SOON"));

        assertEquals(ExpiringMaterialFilter.none(), ExpiringQuery.filterOf(filters));
    }

    @Test
    void soonestDeadlineFirstUnlessSortedByAKnownColumn() {
        ExpiringQuery unsorted = ExpiringQuery.of(Map.of(), Map.of());
        assertEquals("validTo", unsorted.sortField());
        assertTrue(unsorted.ascending());

        ExpiringQuery byState = ExpiringQuery.of(Map.of("keyState", sort("keyState", SortOrder.DESCENDING)), Map.of());
        assertEquals("keyState", byState.sortField());
        assertFalse(byState.ascending());

        assertEquals("validTo", ExpiringQuery.of(Map.of("aliases", sort("aliases", SortOrder.ASCENDING)), Map.of()).sortField());
        assertNull(ExpiringQuery.of(Map.of(), Map.of()).filter().urgency());
    }

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }

    private static SortMeta sort(String field, SortOrder order) {
        return SortMeta.builder().field(field).order(order).build();
    }
}
