package io.strongroom.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven evaluation: delegation, direct grants, Deny overrides, wildcards, NotAction/NotPrincipal. */
class PolicyEvaluatorTest {

    static final String ACCOUNT = "111122223333";
    static final String ALICE = "arn:aws:iam::" + ACCOUNT + ":user/alice";
    static final String KEY = "arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
    static final String DEFAULT = DefaultKeyPolicy.forAccount(ACCOUNT);

    static String keyPolicy(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    static String identity(String... statements) {
        return keyPolicy(statements);
    }

    static String allow(String principal, String action) {
        return statement("Allow", principal, action, "*");
    }

    static String statement(String effect, String principal, String action, String resource) {
        return "{\"Effect\":\"" + effect + "\"" + (principal == null ? "" : ",\"Principal\":" + principal)
                + ",\"Action\":" + action + ",\"Resource\":\"" + resource + "\"}";
    }

    static Stream<Arguments> table() {
        String alice = "{\"AWS\":\"" + ALICE + "\"}";
        return Stream.of(
                // name, key policy, identity policies, action, expected
                Arguments.of("default policy, no identity policy", DEFAULT, List.of(), "kms:Encrypt", false),
                Arguments.of("default policy delegates to identity allow", DEFAULT,
                        List.of(identity(allow(null, "\"kms:Encrypt\""))), "kms:Encrypt", true),
                Arguments.of("identity allows another action only", DEFAULT,
                        List.of(identity(allow(null, "\"kms:Decrypt\""))), "kms:Encrypt", false),
                Arguments.of("action wildcard kms:*", DEFAULT, List.of(identity(allow(null, "\"kms:*\""))),
                        "kms:Encrypt", true),
                Arguments.of("action prefix wildcard", DEFAULT, List.of(identity(allow(null, "\"kms:Describe*\""))),
                        "kms:DescribeKey", true),
                Arguments.of("action prefix wildcard misses", DEFAULT,
                        List.of(identity(allow(null, "\"kms:Describe*\""))), "kms:Encrypt", false),
                Arguments.of("action names are case-insensitive", DEFAULT,
                        List.of(identity(allow(null, "\"KMS:encrypt\""))), "kms:Encrypt", true),
                Arguments.of("question mark matches one character", DEFAULT,
                        List.of(identity(allow(null, "\"kms:?ncrypt\""))), "kms:Encrypt", true),
                Arguments.of("identity Deny overrides identity Allow", DEFAULT,
                        List.of(identity(allow(null, "\"kms:*\""), statement("Deny", null, "\"kms:Encrypt\"", "*"))),
                        "kms:Encrypt", false),
                Arguments.of("key policy Deny overrides identity Allow",
                        keyPolicy(allow("{\"AWS\":\"" + ACCOUNT + "\"}", "\"kms:*\""),
                                statement("Deny", alice, "\"kms:Encrypt\"", "*")),
                        List.of(identity(allow(null, "\"kms:*\""))), "kms:Encrypt", false),
                Arguments.of("key policy grants the user directly", keyPolicy(allow(alice, "[\"kms:Encrypt\"]")),
                        List.of(), "kms:Encrypt", true),
                Arguments.of("direct grant, identity Deny still wins", keyPolicy(allow(alice, "\"kms:Encrypt\"")),
                        List.of(identity(statement("Deny", null, "\"kms:*\"", "*"))), "kms:Encrypt", false),
                Arguments.of("principal star", keyPolicy(allow("\"*\"", "\"kms:Encrypt\"")), List.of(),
                        "kms:Encrypt", true),
                Arguments.of("other user named", keyPolicy(allow("{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":user/bob\"}",
                        "\"kms:Encrypt\"")), List.of(identity(allow(null, "\"kms:*\""))), "kms:Encrypt", false),
                Arguments.of("NotAction excludes", DEFAULT,
                        List.of(identity("{\"Effect\":\"Allow\",\"NotAction\":\"kms:Encrypt\",\"Resource\":\"*\"}")),
                        "kms:Encrypt", false),
                Arguments.of("NotAction includes others", DEFAULT,
                        List.of(identity("{\"Effect\":\"Allow\",\"NotAction\":\"kms:Encrypt\",\"Resource\":\"*\"}")),
                        "kms:Decrypt", true),
                Arguments.of("identity resource names the key by wildcard", DEFAULT,
                        List.of(identity(statement("Allow", null, "\"kms:Encrypt\"",
                                "arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/*"))), "kms:Encrypt", true),
                Arguments.of("identity resource names another key", DEFAULT,
                        List.of(identity(statement("Allow", null, "\"kms:Encrypt\"",
                                "arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/other"))), "kms:Encrypt", false),
                Arguments.of("NotPrincipal excluding someone else", keyPolicy(
                        "{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT
                                + ":user/bob\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}"), List.of(), "kms:Encrypt", true),
                Arguments.of("NotPrincipal excluding the caller", keyPolicy(
                        "{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"" + ALICE
                                + "\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}"), List.of(), "kms:Encrypt", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void evaluates(String name, String keyPolicy, List<String> identityPolicies, String action, boolean allowed) {
        AccessRequest request = new AccessRequest(ALICE, ACCOUNT, action, KEY, Map.of());
        PolicyDecision decision = PolicyEvaluator.evaluate(
                PolicyDocument.parse(keyPolicy, PolicyDocument.Kind.KEY_POLICY),
                identityPolicies.stream().map(p -> PolicyDocument.parse(p, PolicyDocument.Kind.IDENTITY_POLICY)).toList(),
                request);
        assertEquals(allowed, decision.allowed(), name + ": " + decision.reason());
    }

    @ParameterizedTest(name = "keyless {0}")
    @MethodSource("keyless")
    void keylessOperationsUseIdentityPoliciesOnResourceStar(String name, String identityPolicy, boolean allowed) {
        AccessRequest request = new AccessRequest(ALICE, ACCOUNT, "kms:CreateKey", "*", Map.of());
        assertEquals(allowed, PolicyEvaluator.evaluate(null,
                List.of(PolicyDocument.parse(identityPolicy, PolicyDocument.Kind.IDENTITY_POLICY)), request).allowed());
    }

    static Stream<Arguments> keyless() {
        return Stream.of(
                Arguments.of("resource star", identity(allow(null, "\"kms:CreateKey\"")), true),
                Arguments.of("resource key ARN only", identity(statement("Allow", null, "\"kms:*\"",
                        "arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/*")), false),
                Arguments.of("action star", identity(allow(null, "\"*\"")), true));
    }
}
