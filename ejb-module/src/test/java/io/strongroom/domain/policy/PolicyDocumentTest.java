package io.strongroom.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing: accepted shapes, every malformed case naming its problem, and conditions on request keys. */
class PolicyDocumentTest {

    static final String OK_STATEMENT = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}";

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("", "empty"),
                Arguments.of("not json", "not a valid JSON"),
                Arguments.of("[]", "not a valid JSON"),
                Arguments.of("{\"Version\":\"2012-10-17\"}", "no Statement"),
                Arguments.of("{\"Statement\":[]}", "empty"),
                Arguments.of("{\"Statement\":[\"x\"]}", "JSON object"),
                Arguments.of("{\"Version\":\"2020-01-01\",\"Statement\":" + OK_STATEMENT + "}", "Version"),
                Arguments.of("{\"Statement\":{\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}}", "Effect"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Maybe\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}}", "Effect"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}}", "Principal"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Resource\":\"*\"}}", "Action"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\"}}", "Resource"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":{\"a\":1},\"Resource\":\"*\"}}", "Action"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"Encrypt\",\"Resource\":\"*\"}}", "invalid action"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"bob\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}}", "invalid principal"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":{\"StringSortOf\":{\"k\":\"v\"}}}}", "Unknown condition operator"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":{\"NumericEquals\":{\"k\":\"ten\"}}}}", "Invalid value"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":\"x\"}}", "Condition"),
                Arguments.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Extra\":1}}", "Unknown member"),
                Arguments.of("{\"Statement\":" + OK_STATEMENT + ",\u0001\"x\":1}", "control character"),
                Arguments.of("{\"Statement\":" + OK_STATEMENT + ",\"Id\":\"" + "x".repeat(PolicyDocument.MAX_LENGTH) + "\"}", "longer than"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    void refusesMalformedDocuments(String text, String problem) {
        KmsException failure = assertThrows(KmsException.class, () -> PolicyDocument.parse(text, PolicyDocument.Kind.KEY_POLICY));
        assertEquals(KmsError.MalformedPolicyDocumentException, failure.error());
        assertTrue(failure.getMessage().contains(problem), failure.getMessage());
    }

    @Test
    void identityPoliciesMustNotNamePrincipals() {
        KmsException failure = assertThrows(KmsException.class, () -> PolicyDocument.parse("{\"Statement\":" + OK_STATEMENT + "}",
                PolicyDocument.Kind.IDENTITY_POLICY));
        assertEquals(KmsError.MalformedPolicyDocumentException, failure.error());
    }

    @Test
    void acceptsStatementObjectArraysAndTheDefaultPolicy() {
        assertEquals(1, PolicyDocument.parse("{\"Statement\":" + OK_STATEMENT + "}", PolicyDocument.Kind.KEY_POLICY).statements().size());
        assertEquals(2, PolicyDocument.parse("{\"Statement\":[" + OK_STATEMENT + "," + OK_STATEMENT + "]}",
                PolicyDocument.Kind.KEY_POLICY).statements().size());
        PolicyStatement statement = PolicyDocument.parse(DefaultKeyPolicy.forAccount("111122223333"),
                PolicyDocument.Kind.KEY_POLICY).statements().get(0);
        assertEquals("Enable IAM User Permissions", statement.sid());
        assertEquals(PolicyStatement.PrincipalMatch.ACCOUNT,
                statement.principalMatch("arn:aws:iam::111122223333:user/x", "111122223333"));
    }

    @Test
    void conditionsReadEncryptionContextAndKeysCaseInsensitivelyButContextKeysExactly() {
        String policy = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"kms:EncryptionContext:Department\":\"finance\",\"KMS:CallerAccount\":\"111122223333\"},"
                + "\"ForAllValues:StringEquals\":{\"kms:EncryptionContextKeys\":[\"Department\"]}}}}";
        PolicyDocument document = PolicyDocument.parse(policy, PolicyDocument.Kind.KEY_POLICY);
        assertEquals(true, decide(document, Map.of("kms:EncryptionContext:Department", List.of("finance"),
                "kms:EncryptionContextKeys", List.of("Department"))));
        assertEquals(false, decide(document, Map.of("kms:EncryptionContext:department", List.of("finance"),
                "kms:EncryptionContextKeys", List.of("department"))));
        assertEquals(false, decide(document, Map.of("kms:EncryptionContext:Department", List.of("finance"),
                "kms:EncryptionContextKeys", List.of("Department", "Project"))));
        assertEquals(false, decide(document, Map.of()));
    }

    private static boolean decide(PolicyDocument document, Map<String, List<String>> conditions) {
        Map<String, List<String>> context = new java.util.HashMap<>(conditions);
        context.put("kms:CallerAccount", List.of("111122223333"));
        return PolicyEvaluator.evaluate(document, List.of(), new AccessRequest("arn:aws:iam::111122223333:user/x",
                "111122223333", "kms:Decrypt", "arn:aws:kms:r:111122223333:key/k", context)).allowed();
    }
}
