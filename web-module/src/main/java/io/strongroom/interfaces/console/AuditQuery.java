package io.strongroom.interfaces.console;

import io.strongroom.application.AuditEvent;
import io.strongroom.application.AuditFilter;
import io.strongroom.client.KmsError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Translates the audit log screen's filter fields and its table's sort into the
 * {@link AuditFilter} the service understands. Times are picked in UTC, the zone the console
 * shows them in, to the minute; the "to" minute is included.
 */
final class AuditQuery {

    /** The time column's field in {@code audit.xhtml}, the only sortable one. */
    static final String TIME = "time";

    /** Outcome choices after "Any": success, every failure, then each AWS error name. */
    static final List<String> OUTCOMES = outcomes();

    private AuditQuery() {
    }

    static AuditFilter filterOf(String key, String principal, String operation, String outcome,
                                LocalDateTime from, LocalDateTime to) {
        return new AuditFilter(text(key), text(principal), text(operation), text(outcome), startOf(from), endOf(to));
    }

    /** Newest first unless the user sorted the time column ascending. */
    static boolean ascending(Map<String, SortMeta> sortBy) {
        return sortBy != null && sortBy.values().stream()
                .anyMatch(s -> TIME.equals(s.getField()) && s.getOrder() == SortOrder.ASCENDING);
    }

    static Instant startOf(LocalDateTime from) {
        return from == null ? null : from.truncatedTo(ChronoUnit.MINUTES).toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the picked minute: events within that minute still match. */
    static Instant endOf(LocalDateTime to) {
        return to == null ? null : to.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1).toInstant(ZoneOffset.UTC);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> outcomes() {
        List<String> outcomes = new ArrayList<>(List.of(AuditEvent.SUCCESS, AuditFilter.ANY_FAILURE));
        Arrays.stream(KmsError.values()).map(Enum::name).sorted().forEach(outcomes::add);
        return List.copyOf(outcomes);
    }
}
