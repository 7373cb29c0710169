package io.strongroom.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operator, set qualifier and IfExists against present, multi-valued and missing keys. */
class ConditionOperatorTest {

    static final List<String> MISSING = null;

    static Stream<Arguments> table() {
        return Stream.of(
                row("StringEquals", "a", v("a"), true), row("StringEquals", "a", v("A"), false),
                row("StringEquals", "a", MISSING, false),
                row("StringNotEquals", "a", v("b"), true), row("StringNotEquals", "a", v("a"), false),
                row("StringNotEquals", "a", MISSING, true),
                row("StringEqualsIgnoreCase", "abc", v("ABC"), true), row("StringNotEqualsIgnoreCase", "abc", v("ABC"), false),
                row("StringLike", "fin*", v("finance"), true), row("StringLike", "f?n", v("fan"), true),
                row("StringLike", "f?n", v("fern"), false), row("StringNotLike", "fin*", v("hr"), true),
                row("StringNotLike", "fin*", v("finance"), false),
                row("Bool", "true", v("true"), true), row("Bool", "true", v("false"), false),
                row("Null", "true", MISSING, true), row("Null", "true", v("x"), false),
                row("Null", "false", v("x"), true), row("Null", "false", MISSING, false),
                row("NumericEquals", "10", v("10.0"), true), row("NumericNotEquals", "10", v("11"), true),
                row("NumericLessThan", "10", v("9"), true), row("NumericLessThan", "10", v("10"), false),
                row("NumericLessThanEquals", "10", v("10"), true), row("NumericGreaterThan", "10", v("11"), true),
                row("NumericGreaterThanEquals", "10", v("9"), false), row("NumericEquals", "10", v("ten"), false),
                row("DateEquals", "2026-01-01T00:00:00Z", v("1767225600"), true),
                row("DateNotEquals", "2026-01-01T00:00:00Z", v("2026-01-02T00:00:00Z"), true),
                row("DateLessThan", "2026-01-01T00:00:00Z", v("2025-12-31T23:59:59Z"), true),
                row("DateLessThanEquals", "2026-01-01", v("2026-01-01T00:00:00Z"), true),
                row("DateGreaterThan", "2026-01-01T00:00:00Z", v("2026-01-01T00:00:01+00:00"), true),
                row("DateGreaterThanEquals", "2026-01-01T00:00:00Z", v("2025-01-01T00:00:00Z"), false),
                row("StringEqualsIfExists", "a", MISSING, true), row("StringEqualsIfExists", "a", v("b"), false),
                row("StringEqualsIfExists", "a", v("a"), true),
                row("ForAnyValue:StringEquals", "a", v("x", "a"), true),
                row("ForAnyValue:StringEquals", "a", v("x", "y"), false),
                row("ForAnyValue:StringEquals", "a", MISSING, false),
                row("ForAllValues:StringEquals", "a", v("a", "a"), true),
                row("ForAllValues:StringEquals", "a", v("a", "b"), false),
                row("ForAllValues:StringEquals", "a", MISSING, true),
                row("ForAllValues:StringLike", "p*", v("purpose", "partition"), true),
                row("ForAnyValue:StringNotEquals", "a", v("a", "b"), true),
                row("ForAllValues:StringNotEquals", "a", v("a", "b"), false));
    }

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @MethodSource("table")
    void evaluates(String operator, String policyValue, List<String> requestValues, boolean expected) {
        assertEquals(expected, ConditionOperator.parse(operator).test(List.of(policyValue), requestValues));
    }

    @ParameterizedTest(name = "two policy values: {0}")
    @MethodSource("anyPolicyValue")
    void anyPolicyValueMayMatch(String operator, List<String> requestValues, boolean expected) {
        assertEquals(expected, ConditionOperator.parse(operator).test(List.of("a", "b"), requestValues));
    }

    static Stream<Arguments> anyPolicyValue() {
        return Stream.of(Arguments.of("StringEquals", v("b"), true), Arguments.of("StringEquals", v("c"), false),
                Arguments.of("StringNotEquals", v("b"), false), Arguments.of("StringNotEquals", v("c"), true));
    }

    private static Arguments row(String operator, String policyValue, List<String> request, boolean expected) {
        return Arguments.of(operator, policyValue, request, expected);
    }

    private static List<String> v(String... values) {
        return Arrays.asList(values);
    }
}
