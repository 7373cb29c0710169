package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.AuditFilter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class AuditQueryTest {

    @Test
    void blankFieldsAreNoFilter() {
        assertEquals(AuditFilter.none(), AuditQuery.filterOf(" ", "", null, "", null, null));
    }

    @Test
    void fieldsAreTrimmedAndTheToMinuteIsIncluded() {
        AuditFilter filter = AuditQuery.filterOf(" alias/app ", " admin ", "Decrypt", "Failures",
                LocalDateTime.parse("2026-11-23T10:15:42"), LocalDateTime.parse("2026-11-23T10:20"));
        assertEquals(new AuditFilter("alias/app", "admin", "Decrypt", AuditFilter.ANY_FAILURE,
                Instant.parse("2026-11-23T10:15:00Z"), Instant.parse("2026-11-23T10:21:00Z")), filter);
    }

    @Test
    void newestFirstUnlessTimeIsSortedAscending() {
        assertFalse(AuditQuery.ascending(null));
        assertFalse(AuditQuery.ascending(Map.of()));
        assertFalse(AuditQuery.ascending(Map.of("time", sort("time", SortOrder.DESCENDING))));
        assertFalse(AuditQuery.ascending(Map.of("x", sort("operation", SortOrder.ASCENDING))));
        assertTrue(AuditQuery.ascending(Map.of("time", sort("time", SortOrder.ASCENDING))));
    }

    @Test
    void outcomeChoicesStartWithSuccessAndAnyFailure() {
        assertEquals("Success", AuditQuery.OUTCOMES.get(0));
        assertEquals(AuditFilter.ANY_FAILURE, AuditQuery.OUTCOMES.get(1));
        assertTrue(AuditQuery.OUTCOMES.contains("InvalidCiphertextException"));
        assertTrue(AuditQuery.OUTCOMES.contains("AccessDeniedException"));
    }

    private static SortMeta sort(String field, SortOrder order) {
        return SortMeta.builder().field(field).order(order).build();
    }
}
