package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constraint of CreateCustomKeyStore and UpdateCustomKeyStore, one value at a time. */
class CustomKeyStoreRulesTest {

    static final String SECRET = "K7EjcOzUMrNSqAkQh+kb0Uq8N4TwR1ZkJ3uFQZyFCkA=";
    static final CustomKeyStoreSettings VALID = new CustomKeyStoreSettings("store", "EXTERNAL_KEY_STORE",
            "https://xks.example.com", "/example/prefix/kms/xks/v1", "PUBLIC_ENDPOINT", null, null,
            "AKIA4GBY3I6JCE5M2HPM", SECRET);
    static final CustomKeyStoreSettings VALID_VPC = with(VALID, s -> new CustomKeyStoreSettings(s.customKeyStoreName(),
            s.customKeyStoreType(), s.xksProxyUriEndpoint(), s.xksProxyUriPath(), "VPC_ENDPOINT_SERVICE",
            "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", "111122223333", s.accessKeyId(),
            s.rawSecretAccessKey()));

    static Stream<Arguments> invalidCreates() {
        return Stream.of(
                invalid("name missing", name(null), "customKeyStoreName"),
                invalid("name empty", name(""), "customKeyStoreName"),
                invalid("name of 257", name("n".repeat(257)), "customKeyStoreName"),
                invalid("type unknown", type("HSM"), "customKeyStoreType"),
                invalid("endpoint missing", endpoint(null), "xksProxyUriEndpoint"),
                invalid("endpoint too short", endpoint("https://a"), "xksProxyUriEndpoint"),
                invalid("endpoint of 129", endpoint("https://" + "a".repeat(121)), "xksProxyUriEndpoint"),
                invalid("endpoint with a path", endpoint("https://xks.example.com/x"), "xksProxyUriEndpoint"),
                invalid("endpoint plain http", endpoint("http://xks.example.com"), "xksProxyUriEndpoint"),
                invalid("endpoint with user info", endpoint("https://u@xks.example.com"), "xksProxyUriEndpoint"),
                invalid("endpoint port 0", endpoint("https://xks.example.com:0"), "xksProxyUriEndpoint"),
                invalid("endpoint port 70000", endpoint("https://xks.example.com:70000"), "xksProxyUriEndpoint"),
                invalid("path missing", path(null), "xksProxyUriPath"),
                invalid("path without version", path("/prefix/kms/xks"), "xksProxyUriPath"),
                invalid("path version 123", path("/kms/xks/v123"), "xksProxyUriPath"),
                invalid("path with a dot", path("/pre.fix/kms/xks/v1"), "xksProxyUriPath"),
                invalid("path of 129", path("/" + "p".repeat(117) + "/kms/xks/v1"), "xksProxyUriPath"),
                invalid("connectivity missing", connectivity(null), "xksProxyConnectivity"),
                invalid("connectivity unknown", connectivity("DIRECT"), "xksProxyConnectivity"),
                invalid("service name with public endpoint", vpc("PUBLIC_ENDPOINT",
                        "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", null), "xksProxyVpcEndpointServiceName"),
                invalid("service owner with public endpoint", vpc("PUBLIC_ENDPOINT", null, "111122223333"),
                        "xksProxyVpcEndpointServiceOwner"),
                invalid("VPC without service name", vpc("VPC_ENDPOINT_SERVICE", null, null), "xksProxyVpcEndpointServiceName"),
                invalid("service name pattern", vpc("VPC_ENDPOINT_SERVICE", "my-endpoint-service-name-1", null),
                        "xksProxyVpcEndpointServiceName"),
                invalid("service name of 65", vpc("VPC_ENDPOINT_SERVICE", "com.amazonaws.vpce.us-east-1.vpce-svc-"
                        + "0".repeat(27), null), "xksProxyVpcEndpointServiceName"),
                invalid("owner of 11 digits", vpc("VPC_ENDPOINT_SERVICE",
                        "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", "11112222333"),
                        "xksProxyVpcEndpointServiceOwner"),
                invalid("owner not digits", vpc("VPC_ENDPOINT_SERVICE",
                        "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", "11112222333a"),
                        "xksProxyVpcEndpointServiceOwner"),
                invalid("access key missing", credential(null, SECRET), "xksProxyAuthenticationCredential.accessKeyId"),
                invalid("access key of 19", credential("A".repeat(19), SECRET), "xksProxyAuthenticationCredential.accessKeyId"),
                invalid("access key of 31", credential("A".repeat(31), SECRET), "xksProxyAuthenticationCredential.accessKeyId"),
                invalid("access key lower case", credential("akia4gby3i6jce5m2hpm", SECRET),
                        "xksProxyAuthenticationCredential.accessKeyId"),
                invalid("access key with 1", credential("AKIA4GBY3I6JCE5M2HP1", SECRET),
                        "xksProxyAuthenticationCredential.accessKeyId"),
                invalid("secret missing", credential("AKIA4GBY3I6JCE5M2HPM", null),
                        "xksProxyAuthenticationCredential.rawSecretAccessKey"),
                invalid("secret of 42", credential("AKIA4GBY3I6JCE5M2HPM", "s".repeat(42)),
                        "xksProxyAuthenticationCredential.rawSecretAccessKey"),
                invalid("secret of 65", credential("AKIA4GBY3I6JCE5M2HPM", "s".repeat(65)),
                        "xksProxyAuthenticationCredential.rawSecretAccessKey"),
                invalid("secret with a dash", credential("AKIA4GBY3I6JCE5M2HPM", "-" + SECRET.substring(1)),
                        "xksProxyAuthenticationCredential.rawSecretAccessKey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCreates")
    void createRefusesWithTheFieldNamedAndNoValueRepeated(String what, CustomKeyStoreSettings settings, String field) {
        KmsException refused = assertThrows(KmsException.class, () -> CustomKeyStoreRules.validateCreate(settings, false));
        assertEquals(KmsError.ValidationException, refused.error(), refused.getMessage());
        assertTrue(refused.getMessage().contains("'" + field + "'"), refused.getMessage());
        assertFalse(refused.getMessage().contains(SECRET.substring(0, 20)), refused.getMessage());
    }

    @Test
    void validSettingsPass() {
        assertDoesNotThrow(() -> CustomKeyStoreRules.validateCreate(VALID, false));
        assertDoesNotThrow(() -> CustomKeyStoreRules.validateCreate(VALID_VPC, false));
        assertDoesNotThrow(() -> CustomKeyStoreRules.validateCreate(with(VALID, s -> endpoint("https://localhost:8443").apply(s)), false));
        assertDoesNotThrow(() -> CustomKeyStoreRules.validateCreate(with(VALID, s -> path("/kms/xks/v12").apply(s)), false));
        assertDoesNotThrow(() -> CustomKeyStoreRules.validateCreate(with(VALID, s -> name("n".repeat(256)).apply(s)), false));
        assertDoesNotThrow(() -> CustomKeyStoreRules.validateCreate(with(VALID, s -> credential("A".repeat(30),
                "/+=" + "a".repeat(61)).apply(s)), false));
    }

    @Test
    void plainHttpOnlyWhenAllowed() {
        CustomKeyStoreSettings http = endpoint("http://127.0.0.1:9000").apply(VALID);
        assertThrows(KmsException.class, () -> CustomKeyStoreRules.validateCreate(http, false));
        assertDoesNotThrow(() -> CustomKeyStoreRules.validateCreate(http, true));
    }

    @Test
    void cloudHsmStoresAreNotOffered() {
        for (String type : new String[] {"AWS_CLOUDHSM", null}) {
            KmsException refused = assertThrows(KmsException.class,
                    () -> CustomKeyStoreRules.validateCreate(type(type).apply(VALID), false));
            assertEquals(KmsError.UnsupportedOperationException, refused.error());
        }
    }

    @Test
    void updatesCheckOnlyWhatIsGivenAndNeedTheWholeCredential() {
        CustomKeyStoreSettings none = new CustomKeyStoreSettings(null, null, null, null, null, null, null, null, null);
        assertDoesNotThrow(() -> CustomKeyStoreRules.validateChanges(none, false));
        KmsException halfCredential = assertThrows(KmsException.class, () -> CustomKeyStoreRules.validateChanges(
                new CustomKeyStoreSettings(null, null, null, null, null, null, null, "AKIA4GBY3I6JCE5M2HPM", null), false));
        assertTrue(halfCredential.getMessage().contains("'xksProxyAuthenticationCredential.rawSecretAccessKey'"));
        KmsException badName = assertThrows(KmsException.class, () -> CustomKeyStoreRules.validateChanges(
                new CustomKeyStoreSettings("", null, null, null, null, null, null, null, null), false));
        assertTrue(badName.getMessage().contains("'newCustomKeyStoreName'"), badName.getMessage());
        assertThrows(KmsException.class, () -> CustomKeyStoreRules.validateChanges(
                new CustomKeyStoreSettings(null, null, null, "/kms/xks", null, null, null, null, null), false));
    }

    @Test
    void pageMarkersCarryStoreIds() {
        assertTrue(CustomKeyStoreRules.plausibleStoreId("cks-0123456789abcdef0"));
        assertFalse(CustomKeyStoreRules.plausibleStoreId("cks-0123456789ABCDEF0"));
        assertFalse(CustomKeyStoreRules.plausibleStoreId("alias/x"));
    }

    private static Arguments invalid(String what, UnaryOperator<CustomKeyStoreSettings> change, String field) {
        return Arguments.of(what, change.apply(VALID), field);
    }

    private static CustomKeyStoreSettings with(CustomKeyStoreSettings s, UnaryOperator<CustomKeyStoreSettings> change) {
        return change.apply(s);
    }

    private static UnaryOperator<CustomKeyStoreSettings> name(String value) {
        return s -> new CustomKeyStoreSettings(value, s.customKeyStoreType(), s.xksProxyUriEndpoint(), s.xksProxyUriPath(),
                s.xksProxyConnectivity(), s.xksProxyVpcEndpointServiceName(), s.xksProxyVpcEndpointServiceOwner(),
                s.accessKeyId(), s.rawSecretAccessKey());
    }

    private static UnaryOperator<CustomKeyStoreSettings> type(String value) {
        return s -> new CustomKeyStoreSettings(s.customKeyStoreName(), value, s.xksProxyUriEndpoint(), s.xksProxyUriPath(),
                s.xksProxyConnectivity(), s.xksProxyVpcEndpointServiceName(), s.xksProxyVpcEndpointServiceOwner(),
                s.accessKeyId(), s.rawSecretAccessKey());
    }

    private static UnaryOperator<CustomKeyStoreSettings> endpoint(String value) {
        return s -> new CustomKeyStoreSettings(s.customKeyStoreName(), s.customKeyStoreType(), value, s.xksProxyUriPath(),
                s.xksProxyConnectivity(), s.xksProxyVpcEndpointServiceName(), s.xksProxyVpcEndpointServiceOwner(),
                s.accessKeyId(), s.rawSecretAccessKey());
    }

    private static UnaryOperator<CustomKeyStoreSettings> path(String value) {
        return s -> new CustomKeyStoreSettings(s.customKeyStoreName(), s.customKeyStoreType(), s.xksProxyUriEndpoint(),
                value, s.xksProxyConnectivity(), s.xksProxyVpcEndpointServiceName(), s.xksProxyVpcEndpointServiceOwner(),
                s.accessKeyId(), s.rawSecretAccessKey());
    }

    private static UnaryOperator<CustomKeyStoreSettings> connectivity(String value) {
        return s -> new CustomKeyStoreSettings(s.customKeyStoreName(), s.customKeyStoreType(), s.xksProxyUriEndpoint(),
                s.xksProxyUriPath(), value, s.xksProxyVpcEndpointServiceName(), s.xksProxyVpcEndpointServiceOwner(),
                s.accessKeyId(), s.rawSecretAccessKey());
    }

    private static UnaryOperator<CustomKeyStoreSettings> vpc(String connectivity, String serviceName, String owner) {
        return s -> new CustomKeyStoreSettings(s.customKeyStoreName(), s.customKeyStoreType(), s.xksProxyUriEndpoint(),
                s.xksProxyUriPath(), connectivity, serviceName, owner, s.accessKeyId(), s.rawSecretAccessKey());
    }

    private static UnaryOperator<CustomKeyStoreSettings> credential(String accessKeyId, String secret) {
        return s -> new CustomKeyStoreSettings(s.customKeyStoreName(), s.customKeyStoreType(), s.xksProxyUriEndpoint(),
                s.xksProxyUriPath(), s.xksProxyConnectivity(), s.xksProxyVpcEndpointServiceName(),
                s.xksProxyVpcEndpointServiceOwner(), accessKeyId, secret);
    }
}
