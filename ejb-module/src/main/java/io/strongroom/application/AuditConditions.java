package io.strongroom.application;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JPQL conditions of an {@link AuditFilter}, kept apart from {@link AuditQueries} so that the
 * mapping is tested without a database. Whole key references, whole principal ARNs, operations
 * and outcomes are compared exactly (the V7 indexes serve them); fragments match as substrings.
 */
final class AuditConditions {

    private static final Pattern KEY_ID =
            Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}");
    private static final Pattern PRINCIPAL_ARN = Pattern.compile("arn:aws:(iam|sts)::\\d{12}:(root|[a-z-]+/[^\\s*?]+)");

    private AuditConditions() {
    }

    /** A key named in full: by id or key ARN (keyId set), or by alias name or alias ARN (aliasName set). */
    record KeyReference(String keyId, String aliasName) {

        /** The reference the text names in full, or null for anything else (a fragment). */
        static KeyReference parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String reference = text.strip();
            if (reference.startsWith("arn:")) {
                int key = reference.indexOf(":key/");
                int alias = reference.indexOf(":alias/");
                if (key > 0 && KEY_ID.matcher(reference.substring(key + 5)).matches()) {
                    return new KeyReference(reference.substring(key + 5), null);
                }
                return alias > 0 && alias + 7 < reference.length()
                        ? new KeyReference(null, reference.substring(alias + 1)) : null;
            }
            if (reference.startsWith("alias/") && reference.length() > 6) {
                return new KeyReference(null, reference);
            }
            return KEY_ID.matcher(reference).matches() ? new KeyReference(reference, null) : null;
        }
    }

    /**
     * @param keyReferences every key_id value the filter's key may appear as (see
     *                      {@code AuditQueries}), or null when the filter's key is a fragment
     * @param parameters    receives the query parameters the conditions name
     */
    static String where(AuditFilter filter, List<String> keyReferences, Map<String, Object> parameters) {
        if (filter == null) {
            return "";
        }
        StringBuilder where = new StringBuilder();
        if (keyReferences != null) {
            clause(where, "e.keyId in :keyReferences");
            parameters.put("keyReferences", keyReferences);
        } else if (hasText(filter.key())) {
            clause(where, "lower(e.keyId) like :keyFragment");
            parameters.put("keyFragment", contains(filter.key()));
        }
        if (hasText(filter.principal())) {
            String principal = filter.principal().strip();
            if (PRINCIPAL_ARN.matcher(principal).matches()) {
                clause(where, "e.principalArn = :principal");
                parameters.put("principal", principal);
            } else {
                clause(where, "lower(e.principalArn) like :principal");
                parameters.put("principal", contains(principal));
            }
        }
        if (hasText(filter.operation())) {
            clause(where, "e.operation = :operation");
            parameters.put("operation", filter.operation().strip());
        }
        if (AuditFilter.ANY_FAILURE.equals(filter.outcome())) {
            // A literal, not a parameter: the planner then sees that V7's index of failures applies.
            clause(where, "e.outcome <> '" + AuditEvent.SUCCESS + "'");
        } else if (hasText(filter.outcome())) {
            clause(where, "e.outcome = :outcome");
            parameters.put("outcome", filter.outcome().strip());
        }
        // The column maps to OffsetDateTime (timestamptz), so parameters are of that type too.
        if (filter.from() != null) {
            clause(where, "e.eventTime >= :from");
            parameters.put("from", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            clause(where, "e.eventTime < :to");
            parameters.put("to", filter.to().atOffset(ZoneOffset.UTC));
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
