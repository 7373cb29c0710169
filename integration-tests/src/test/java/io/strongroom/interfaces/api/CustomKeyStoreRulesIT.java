package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.DatabaseDump;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestDatabase;
import io.strongroom.it.TestRegion;
import io.strongroom.it.TestXksProxy;
import io.strongroom.xksproxy.XksCredential;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.CreateCustomKeyStoreRequest;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreNameInUseException;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreNotFoundException;
import software.amazon.awssdk.services.kms.model.CustomKeyStoresListEntry;
import software.amazon.awssdk.services.kms.model.InvalidMarkerException;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.LimitExceededException;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;
import software.amazon.awssdk.services.kms.model.XksProxyConnectivityType;
import software.amazon.awssdk.services.kms.model.XksProxyUriEndpointInUseException;
import software.amazon.awssdk.services.kms.model.XksProxyUriInUseException;
import software.amazon.awssdk.services.kms.model.XksProxyVpcEndpointServiceInUseException;

/**
 * The rules of CreateCustomKeyStore and UpdateCustomKeyStore through the AWS SDK: every
 * validation error names its member, names and URIs are unique, ten stores at most, paging
 * markers are checked, a refused call changes nothing, and the proxy secret never comes back in
 * a response, in the database or in the region's log.
 */
@RegionTest
@Order(3)
class CustomKeyStoreRulesIT {

    private static URI region;
    private static KmsClient kms;
    private static TestXksProxy proxy;

    @BeforeAll
    static void start(URI regionUri) {
        region = regionUri;
        kms = KmsClients.sdk(regionUri);
        proxy = TestXksProxy.start();
    }

    @AfterAll
    static void stop() {
        proxy.close();
        kms.close();
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                invalid("name empty", r -> r.customKeyStoreName(""), "customKeyStoreName"),
                invalid("name of 257", r -> r.customKeyStoreName("n".repeat(257)), "customKeyStoreName"),
                invalid("endpoint http", r -> r.xksProxyUriEndpoint("http://localhost:8443"), "xksProxyUriEndpoint"),
                invalid("endpoint with path", r -> r.xksProxyUriEndpoint("https://localhost/x"), "xksProxyUriEndpoint"),
                invalid("endpoint missing", r -> r.xksProxyUriEndpoint(null), "xksProxyUriEndpoint"),
                invalid("path pattern", r -> r.xksProxyUriPath("/kms/xks/v1/"), "xksProxyUriPath"),
                invalid("path missing", r -> r.xksProxyUriPath(null), "xksProxyUriPath"),
                invalid("connectivity", r -> r.xksProxyConnectivity("DIRECT"), "xksProxyConnectivity"),
                invalid("connectivity missing", r -> r.xksProxyConnectivity((String) null), "xksProxyConnectivity"),
                invalid("VPC without service", r -> r.xksProxyConnectivity(XksProxyConnectivityType.VPC_ENDPOINT_SERVICE),
                        "xksProxyVpcEndpointServiceName"),
                invalid("service name shape", r -> r.xksProxyConnectivity(XksProxyConnectivityType.VPC_ENDPOINT_SERVICE)
                        .xksProxyVpcEndpointServiceName("not-a-vpc-endpoint-service"), "xksProxyVpcEndpointServiceName"),
                invalid("service owner", r -> r.xksProxyConnectivity(XksProxyConnectivityType.VPC_ENDPOINT_SERVICE)
                        .xksProxyVpcEndpointServiceName(TestXksProxy.uniqueVpcEndpointServiceName())
                        .xksProxyVpcEndpointServiceOwner("12345"), "xksProxyVpcEndpointServiceOwner"),
                invalid("credential missing", r -> r.xksProxyAuthenticationCredential((
                        software.amazon.awssdk.services.kms.model.XksProxyAuthenticationCredentialType) null),
                        "xksProxyAuthenticationCredential.accessKeyId"),
                invalid("access key shape", r -> r.xksProxyAuthenticationCredential(c -> c.accessKeyId("akid-of-wrong-shape-1")
                        .rawSecretAccessKey(XksCredential.generate().secretAccessKey())),
                        "xksProxyAuthenticationCredential.accessKeyId"),
                invalid("secret too short", r -> r.xksProxyAuthenticationCredential(c -> c
                        .accessKeyId(XksCredential.generate().accessKeyId()).rawSecretAccessKey("c2hvcnQ=")),
                        "xksProxyAuthenticationCredential.rawSecretAccessKey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void everyValidationErrorNamesItsMember(String what, Consumer<CreateCustomKeyStoreRequest.Builder> change,
                                            String member) {
        List<CustomKeyStoresListEntry> before = allStores();
        CreateCustomKeyStoreRequest.Builder request = proxy.createRequest("invalid-" + System.nanoTime());
        change.accept(request);
        KmsException refused = assertThrows(KmsException.class, () -> kms.createCustomKeyStore(request.build()));
        assertEquals("ValidationException", refused.awsErrorDetails().errorCode(), refused.getMessage());
        assertTrue(refused.awsErrorDetails().errorMessage().contains("'" + member + "'"), refused.getMessage());
        assertEquals(before, allStores(), "a refused call changes nothing");
    }

    @Test
    void cloudHsmStoresAreNotOffered() {
        assertThrows(UnsupportedOperationException.class, () -> kms.createCustomKeyStore(r -> r
                .customKeyStoreName("hsm-" + System.nanoTime()).cloudHsmClusterId("cluster-1234567890a")
                .trustAnchorCertificate("-----BEGIN CERTIFICATE-----").keyStorePassword("password")));
    }

    @Test
    void namesAndProxyUrisAreUnique() {
        List<String> created = new ArrayList<>();
        try {
            String name = "unique-" + System.nanoTime();
            created.add(kms.createCustomKeyStore(proxy.createRequest(name).build()).customKeyStoreId());
            List<CustomKeyStoresListEntry> before = allStores();

            assertThrows(CustomKeyStoreNameInUseException.class, () -> kms.createCustomKeyStore(
                    TestXksProxy.unreachableVpcStore(name)));
            assertThrows(XksProxyUriInUseException.class, () -> kms.createCustomKeyStore(
                    proxy.createRequest(name + "-same-uri").build()));
            assertThrows(XksProxyUriEndpointInUseException.class, () -> kms.createCustomKeyStore(
                    proxy.vpcRequest(name + "-vpc").xksProxyUriPath("/other/kms/xks/v1").build()));
            CreateCustomKeyStoreRequest vpc = TestXksProxy.unreachableVpcStore(name + "-vpc-1");
            created.add(kms.createCustomKeyStore(vpc).customKeyStoreId());
            List<CustomKeyStoresListEntry> withVpc = allStores();
            assertThrows(XksProxyVpcEndpointServiceInUseException.class, () -> kms.createCustomKeyStore(
                    TestXksProxy.unreachableVpcStore(name + "-vpc-2").toBuilder()
                            .xksProxyVpcEndpointServiceName(vpc.xksProxyVpcEndpointServiceName()).build()));
            assertThrows(CustomKeyStoreNameInUseException.class, () -> kms.updateCustomKeyStore(r -> r
                    .customKeyStoreId(created.get(1)).newCustomKeyStoreName(name)));
            assertThrows(XksProxyUriEndpointInUseException.class, () -> kms.updateCustomKeyStore(r -> r
                    .customKeyStoreId(created.get(1)).xksProxyUriEndpoint(proxy.endpoint()).xksProxyUriPath("/other/kms/xks/v1")));
            assertEquals(withVpc, allStores(), "refused calls change nothing");
            assertEquals(before.size() + 1, withVpc.size());
        } finally {
            created.forEach(id -> kms.deleteCustomKeyStore(r -> r.customKeyStoreId(id)));
        }
    }

    @Test
    void aRegionHoldsTenStoresAtMost() {
        List<String> created = new ArrayList<>();
        try {
            int existing = allStores().size();
            for (int i = existing; i < 10; i++) {
                created.add(kms.createCustomKeyStore(TestXksProxy.unreachableVpcStore("limit-" + i + "-" + System.nanoTime()))
                        .customKeyStoreId());
            }
            List<CustomKeyStoresListEntry> full = allStores();
            assertEquals(10, full.size());
            assertThrows(LimitExceededException.class, () -> kms.createCustomKeyStore(
                    TestXksProxy.unreachableVpcStore("the-eleventh-" + System.nanoTime())));
            assertEquals(full, allStores());
        } finally {
            created.forEach(id -> kms.deleteCustomKeyStore(r -> r.customKeyStoreId(id)));
        }
    }

    @Test
    void unknownStoresAndBadMarkersAreRefused() {
        assertThrows(CustomKeyStoreNotFoundException.class, () -> kms.describeCustomKeyStores(r -> r
                .customKeyStoreId("cks-0000000000000000f")));
        assertThrows(CustomKeyStoreNotFoundException.class, () -> kms.describeCustomKeyStores(r -> r
                .customKeyStoreName("no store has this name")));
        assertThrows(CustomKeyStoreNotFoundException.class, () -> kms.deleteCustomKeyStore(r -> r
                .customKeyStoreId("cks-0000000000000000f")));
        assertThrows(InvalidMarkerException.class, () -> kms.describeCustomKeyStores(r -> r.marker("not-a-marker")));
        KmsException limit = assertThrows(KmsException.class, () -> kms.describeCustomKeyStores(r -> r.limit(0)));
        assertEquals("ValidationException", limit.awsErrorDetails().errorCode());
        assertTrue(limit.awsErrorDetails().errorMessage().contains("'limit'"));
    }

    @Test
    void theProxySecretNeverLeavesItsSealedColumn() throws Exception {
        XksCredential credential = proxy.credential();
        String id = kms.createCustomKeyStore(proxy.createRequest("secret-" + System.nanoTime()).build())
                .customKeyStoreId();
        try {
            HttpResponse<String> described = KmsClients.signed(region, "DescribeCustomKeyStores", "{}");
            assertEquals(200, described.statusCode());
            assertTrue(described.body().contains(credential.accessKeyId()));
            assertFalse(described.body().contains(credential.secretAccessKey()), "DescribeCustomKeyStores returns the secret");

            DatabaseDump dump;
            try (var connection = TestDatabase.connect()) {
                dump = DatabaseDump.of(connection);
            }
            assertFalse(dump.containing(id.getBytes(StandardCharsets.UTF_8)).isEmpty(), "the dump misses the store");
            byte[] secret = credential.secretAccessKey().getBytes(StandardCharsets.US_ASCII);
            byte[] decoded = Base64.getDecoder().decode(credential.secretAccessKey());
            for (byte[] needle : List.of(secret, decoded, HexFormat.of().formatHex(decoded).getBytes(StandardCharsets.US_ASCII))) {
                assertEquals(List.of(), dump.containing(needle).stream().map(c -> c.table() + "." + c.column()).toList(),
                        "the proxy secret is stored in plaintext");
            }
            String log = Files.readString(TestRegion.workDirectory().resolve("region-micro.log"));
            assertFalse(log.contains(credential.secretAccessKey()), "the proxy secret is in the region's log");
        } finally {
            kms.deleteCustomKeyStore(r -> r.customKeyStoreId(id));
        }
    }

    private static List<CustomKeyStoresListEntry> allStores() {
        return kms.describeCustomKeyStores(r -> r.limit(1000)).customKeyStores();
    }

    private static Arguments invalid(String what, Consumer<CreateCustomKeyStoreRequest.Builder> change, String member) {
        return Arguments.of(what, change, member);
    }
}
