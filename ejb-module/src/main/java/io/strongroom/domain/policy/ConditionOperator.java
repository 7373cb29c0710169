package io.strongroom.domain.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One condition operator as written in a policy, e.g. {@code ForAllValues:StringLikeIfExists}:
 * the base comparison, its set qualifier and whether a missing key counts as a match.
 */
public record ConditionOperator(Comparison comparison, SetQualifier qualifier, boolean ifExists) {

    /** How a condition treats a multi-valued key in the request. */
    public enum SetQualifier { NONE, FOR_ANY_VALUE, FOR_ALL_VALUES }

    /** The base comparisons; negated ones match when no policy value matches. */
    public enum Comparison {
        StringEquals(false), StringNotEquals(true), StringEqualsIgnoreCase(false), StringNotEqualsIgnoreCase(true),
        StringLike(false), StringNotLike(true), Bool(false), Null(false),
        NumericEquals(false), NumericNotEquals(true), NumericLessThan(false), NumericLessThanEquals(false),
        NumericGreaterThan(false), NumericGreaterThanEquals(false),
        DateEquals(false), DateNotEquals(true), DateLessThan(false), DateLessThanEquals(false),
        DateGreaterThan(false), DateGreaterThanEquals(false);

        final boolean negated;

        Comparison(boolean negated) {
            this.negated = negated;
        }
    }

    private static final String FOR_ANY = "ForAnyValue:";
    private static final String FOR_ALL = "ForAllValues:";
    private static final String IF_EXISTS = "IfExists";

    /** Parses an operator name; unknown names are a malformed policy. */
    public static ConditionOperator parse(String text) {
        String rest = text;
        SetQualifier qualifier = SetQualifier.NONE;
        if (rest.startsWith(FOR_ANY)) {
            qualifier = SetQualifier.FOR_ANY_VALUE;
            rest = rest.substring(FOR_ANY.length());
        } else if (rest.startsWith(FOR_ALL)) {
            qualifier = SetQualifier.FOR_ALL_VALUES;
            rest = rest.substring(FOR_ALL.length());
        }
        boolean ifExists = rest.endsWith(IF_EXISTS) && rest.length() > IF_EXISTS.length();
        if (ifExists) {
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
        }
        Comparison comparison = null;
        for (Comparison candidate : Comparison.values()) {
            if (candidate.name().equals(rest)) {
                comparison = candidate;
            }
        }
        if (comparison == null || (comparison == Comparison.Null && (ifExists || qualifier != SetQualifier.NONE))) {
            throw PolicyException.malformed("Unknown condition operator: " + text);
        }
        return new ConditionOperator(comparison, qualifier, ifExists);
    }

    /** Checks that a policy value can be compared by this operator (numbers, dates, booleans). */
    void validateValue(String value) {
        String name = comparison.name();
        boolean ok = true;
        if (name.startsWith("Numeric")) {
            ok = number(value) != null;
        } else if (name.startsWith("Date")) {
            ok = date(value) != null;
        } else if (comparison == Comparison.Bool || comparison == Comparison.Null) {
            ok = "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value);
        }
        if (!ok) {
            throw PolicyException.malformed("Invalid value '" + value + "' for condition operator " + name);
        }
    }

    /**
     * Whether the request values of one key satisfy this operator against the policy values.
     *
     * @param requestValues null when the key is absent from the request
     */
    public boolean test(List<String> policyValues, List<String> requestValues) {
        boolean present = requestValues != null && !requestValues.isEmpty();
        if (comparison == Comparison.Null) {
            boolean wantsAbsent = policyValues.stream().anyMatch("true"::equalsIgnoreCase);
            boolean wantsPresent = policyValues.stream().anyMatch("false"::equalsIgnoreCase);
            return present ? wantsPresent : wantsAbsent;
        }
        if (!present) {
            // AWS: IfExists and ForAllValues hold vacuously; negated operators hold when there is nothing to match.
            return ifExists || qualifier == SetQualifier.FOR_ALL_VALUES
                    || (comparison.negated && qualifier == SetQualifier.NONE);
        }
        return switch (qualifier) {
            case FOR_ALL_VALUES -> requestValues.stream().allMatch(value -> matchesSingle(policyValues, value));
            case FOR_ANY_VALUE -> requestValues.stream().anyMatch(value -> matchesSingle(policyValues, value));
            case NONE -> comparison.negated
                    ? requestValues.stream().allMatch(value -> matchesSingle(policyValues, value))
                    : requestValues.stream().anyMatch(value -> matchesSingle(policyValues, value));
        };
    }

    /** One request value against the policy values: any policy value matches (none, when negated). */
    private boolean matchesSingle(List<String> policyValues, String requestValue) {
        boolean any = policyValues.stream().anyMatch(policyValue -> positive(policyValue, requestValue));
        return comparison.negated != any;
    }

    private boolean positive(String policyValue, String requestValue) {
        return switch (comparison) {
            case StringEquals, StringNotEquals -> policyValue.equals(requestValue);
            case StringEqualsIgnoreCase, StringNotEqualsIgnoreCase -> policyValue.equalsIgnoreCase(requestValue);
            case StringLike, StringNotLike -> Wildcard.matches(policyValue, requestValue, false);
            case Bool -> policyValue.equalsIgnoreCase(requestValue);
            case NumericEquals, NumericNotEquals, NumericLessThan, NumericLessThanEquals, NumericGreaterThan,
                 NumericGreaterThanEquals -> compare(number(requestValue), number(policyValue));
            case DateEquals, DateNotEquals, DateLessThan, DateLessThanEquals, DateGreaterThan,
                 DateGreaterThanEquals -> compare(date(requestValue), date(policyValue));
            case Null -> false;
        };
    }

    /** request OP policy for the ordered comparisons; NotEquals is handled as negated Equals. */
    private <T extends Comparable<T>> boolean compare(T request, T policy) {
        if (request == null || policy == null) {
            return false;
        }
        int order = request.compareTo(policy);
        String name = comparison.name();
        if (name.endsWith("LessThanEquals")) {
            return order <= 0;
        } else if (name.endsWith("LessThan")) {
            return order < 0;
        } else if (name.endsWith("GreaterThanEquals")) {
            return order >= 0;
        } else if (name.endsWith("GreaterThan")) {
            return order > 0;
        }
        return order == 0;
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** ISO-8601 date-time, a plain date, or epoch seconds, as AWS accepts in Date conditions. */
    static Instant date(String value) {
        String text = value.trim();
        try {
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                BigDecimal seconds = new BigDecimal(text);
                return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
            return text.toUpperCase(Locale.ROOT).endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (java.time.DateTimeException | NumberFormatException notADate) {
            return null;
        }
    }
}
