package io.strongroom.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.ImportKeyMaterialRequest;
import io.strongroom.domain.policy.AccessRequest;
import io.strongroom.domain.policy.DefaultKeyPolicy;
import io.strongroom.domain.policy.PolicyDocument;
import io.strongroom.domain.policy.PolicyEvaluator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kms:ValidTo reaches policies as AWS gives it, epoch seconds, so that the AWS developer guide's
 * statements ({@code "NumericLessThanEquals": {"kms:ValidTo": "1546257599.0"}}) and Date operators
 * both compare it; a policy that cannot read the value would never match, and a Deny would not apply.
 */
class RequestConditionsTest {

    private static final String ACCOUNT = "111122223333";
    private static final String USER = "arn:aws:iam::" + ACCOUNT + ":user/importer";
    private static final Instant LIMIT = Instant.ofEpochSecond(1546257599);

    @Test
    void validToIsEpochSecondsWithItsFraction() {
        assertEquals(List.of("1546257599"), conditions(LIMIT).get("kms:ValidTo"));
        assertEquals(List.of("1546257599.25"), conditions(LIMIT.plusMillis(250)).get("kms:ValidTo"));
        assertEquals(List.of("KEY_MATERIAL_EXPIRES"), conditions(LIMIT).get("kms:ExpirationModel"));
    }

    @Test
    void theAwsDocsNumericStatementAllowsUpToItsLimit() {
        String allow = statement("Allow", "{\"NumericLessThanEquals\":{\"kms:ValidTo\":\"1546257599.0\"}}");
        assertEquals(true, allowed(LIMIT, allow));
        assertEquals(false, allowed(LIMIT.plusMillis(1), allow));
    }

    @Test
    void dateOperatorsCompareItWithIsoAndEpochPolicyValues() {
        assertEquals(true, allowed(LIMIT, statement("Allow", "{\"DateLessThanEquals\":{\"kms:ValidTo\":\"2018-12-31T11:59:59Z\"}}")));
        assertEquals(false, allowed(LIMIT.plusMillis(500),
                statement("Allow", "{\"DateLessThanEquals\":{\"kms:ValidTo\":\"2018-12-31T11:59:59Z\"}}")));
        assertEquals(false, allowed(LIMIT, statement("Allow", "{\"DateLessThan\":{\"kms:ValidTo\":\"1546257599\"}}")));
    }

    @Test
    void aNumericDenyOnALateValidToApplies() {
        String everything = "{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}";
        String deny = "{\"Effect\":\"Deny\",\"Action\":\"kms:ImportKeyMaterial\",\"Resource\":\"*\","
                + "\"Condition\":{\"NumericGreaterThan\":{\"kms:ValidTo\":\"1546257599\"}}}";
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[" + everything + "," + deny + "]}";
        assertEquals(true, evaluate(LIMIT, policy));
        assertEquals(false, evaluate(LIMIT.plusSeconds(1), policy));
    }

    @Test
    void createKeySaysWhetherItAsksForAMultiRegionPrimary() {
        Map<String, List<String>> multiRegion = RequestConditions.of("CreateKey", new Object[] {
                new CreateKeyRequest(null, null, null, null, List.of(), null, false, true)});
        assertEquals(List.of("true"), multiRegion.get("kms:MultiRegion"));
        assertEquals(List.of("PRIMARY"), multiRegion.get("kms:MultiRegionKeyType"));
        Map<String, List<String>> singleRegion = RequestConditions.of("CreateKey", new Object[] {
                CreateKeyRequest.symmetric(null)});
        assertEquals(List.of("false"), singleRegion.get("kms:MultiRegion"));
        assertEquals(null, singleRegion.get("kms:MultiRegionKeyType"));

        String denyMultiRegion = "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":\"kms:CreateKey\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"kms:CreateKey\",\"Resource\":\"*\","
                + "\"Condition\":{\"Bool\":{\"kms:MultiRegion\":\"true\"}}}]}";
        assertEquals(false, createKeyAllowed(multiRegion, denyMultiRegion));
        assertEquals(true, createKeyAllowed(singleRegion, denyMultiRegion));
    }

    private static boolean createKeyAllowed(Map<String, List<String>> conditions, String identityPolicy) {
        AccessRequest request = new AccessRequest(USER, ACCOUNT, "kms:CreateKey", "*", new HashMap<>(conditions));
        return PolicyEvaluator.evaluate(null, List.of(PolicyDocument.parse(identityPolicy,
                PolicyDocument.Kind.IDENTITY_POLICY)), request).allowed();
    }

    private static Map<String, List<String>> conditions(Instant validTo) {
        return RequestConditions.of("ImportKeyMaterial", new Object[] {
                new ImportKeyMaterialRequest("1234abcd-12ab-34cd-56ef-1234567890ab", new byte[1], new byte[1], validTo, null)});
    }

    private static String statement(String effect, String condition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect
                + "\",\"Action\":\"kms:ImportKeyMaterial\",\"Resource\":\"*\",\"Condition\":" + condition + "}]}";
    }

    private static boolean allowed(Instant validTo, String identityPolicy) {
        return evaluate(validTo, identityPolicy);
    }

    private static boolean evaluate(Instant validTo, String identityPolicy) {
        Map<String, List<String>> context = new HashMap<>(conditions(validTo));
        AccessRequest request = new AccessRequest(USER, ACCOUNT, "kms:ImportKeyMaterial",
                "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab", context);
        return PolicyEvaluator.evaluate(PolicyDocument.parse(DefaultKeyPolicy.forAccount(ACCOUNT), PolicyDocument.Kind.KEY_POLICY),
                List.of(PolicyDocument.parse(identityPolicy, PolicyDocument.Kind.IDENTITY_POLICY)), request).allowed();
    }
}
