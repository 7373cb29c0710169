package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestDatabase;
import io.strongroom.it.TestRegion;
import io.strongroom.it.TestXksProxy;
import io.strongroom.xksproxy.EkmHealthStatus;
import io.strongroom.xksproxy.XksCredential;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ConnectionStateType;
import software.amazon.awssdk.services.kms.model.CreateCustomKeyStoreRequest;
import software.amazon.awssdk.services.kms.model.CustomKeyStoresListEntry;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.XksProxyIncorrectAuthenticationCredentialException;
import software.amazon.awssdk.services.kms.model.XksProxyInvalidConfigurationException;
import software.amazon.awssdk.services.kms.model.XksProxyUriUnreachableException;

/**
 * Every ConnectionErrorCode one machine can produce, each twice: as the exception of
 * CreateCustomKeyStore (the health check runs before anything is stored, and nothing is), and as
 * FAILED with the code after ConnectCustomKeyStore. Stores meant to fail only at Connect use
 * VPC_ENDPOINT_SERVICE connectivity, whose proxy KMS first calls on Connect, or a proxy that changes
 * after the store was created. Then the periodic health check: a degraded or failing proxy leaves
 * a CONNECTED store CONNECTED, and a connection attempt a stopped node left behind is retried.
 */
@RegionTest
@Order(3)
class CustomKeyStoreConnectionErrorsIT {

    private static final Duration SLOWER_THAN_THE_BUDGET = Duration.ofMillis(3L * TestRegion.XKS_TIMEOUT_MILLIS);

    private static KmsClient kms;

    @BeforeAll
    static void connect(URI regionUri) {
        kms = KmsClients.sdk(regionUri);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void wrongCredential() {
        try (TestXksProxy proxy = TestXksProxy.start()) {
            XksCredential unknown = XksCredential.generate();
            assertCreateRefused(XksProxyIncorrectAuthenticationCredentialException.class, proxy.createRequest(name())
                    .xksProxyAuthenticationCredential(c -> c.accessKeyId(unknown.accessKeyId())
                            .rawSecretAccessKey(unknown.secretAccessKey())).build());

            String id = kms.createCustomKeyStore(proxy.createRequest(name()).build()).customKeyStoreId();
            proxy.server().addCredential(proxy.prefix(), unknown);
            proxy.server().removeCredential(proxy.prefix(), proxy.credential().accessKeyId());
            assertConnectFails(id, "INVALID_CREDENTIALS");
        }
    }

    @Test
    void wrongPath() {
        try (TestXksProxy proxy = TestXksProxy.start()) {
            assertCreateRefused(XksProxyInvalidConfigurationException.class,
                    proxy.createRequest(name()).xksProxyUriPath("/wrong/prefix/kms/xks/v1").build());
            String id = kms.createCustomKeyStore(proxy.vpcRequest(name()).xksProxyUriPath("/wrong/prefix/kms/xks/v1")
                    .build()).customKeyStoreId();
            assertConnectFails(id, "XKS_PROXY_INVALID_CONFIGURATION");
        }
    }

    @Test
    void proxyDown() {
        TestXksProxy proxy = TestXksProxy.start();
        String id = kms.createCustomKeyStore(proxy.createRequest(name()).build()).customKeyStoreId();
        CreateCustomKeyStoreRequest another = proxy.createRequest(name()).xksProxyUriPath("/another/kms/xks/v1").build();
        proxy.close();
        assertCreateRefused(XksProxyUriUnreachableException.class, another);
        assertConnectFails(id, "XKS_PROXY_NOT_REACHABLE");
    }

    @Test
    void proxySlowerThanTheBudget() {
        try (TestXksProxy proxy = TestXksProxy.start()) {
            proxy.server().setResponseDelay(SLOWER_THAN_THE_BUDGET);
            KmsException refused = assertCreateRefused(XksProxyUriUnreachableException.class,
                    proxy.createRequest(name()).build());
            assertTrue(refused.awsErrorDetails().errorMessage().contains("did not answer within"), refused.getMessage());
            proxy.server().setResponseDelay(Duration.ZERO);
            String id = kms.createCustomKeyStore(proxy.createRequest(name()).build()).customKeyStoreId();
            proxy.server().setResponseDelay(SLOWER_THAN_THE_BUDGET);
            assertConnectFails(id, "XKS_PROXY_TIMED_OUT");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestXksProxy.Certificate.class, names = {"EXPIRED", "WRONG_HOST", "UNTRUSTED"})
    void certificateProblems(TestXksProxy.Certificate certificate) {
        try (TestXksProxy proxy = TestXksProxy.builder().certificate(certificate).start()) {
            KmsException refused = assertCreateRefused(XksProxyUriUnreachableException.class,
                    proxy.createRequest(name()).build());
            assertTrue(refused.awsErrorDetails().errorMessage().contains("TLS handshake"), refused.getMessage());
            String id = kms.createCustomKeyStore(proxy.vpcRequest(name()).build()).customKeyStoreId();
            assertConnectFails(id, "XKS_PROXY_INVALID_TLS_CONFIGURATION");
        }
    }

    @Test
    void everyExternalKeyManagerUnavailable() {
        try (TestXksProxy proxy = TestXksProxy.start()) {
            proxy.server().setEkmHealth(EkmHealthStatus.UNAVAILABLE);
            assertCreateRefused(XksProxyUriUnreachableException.class, proxy.createRequest(name()).build());
            proxy.server().setEkmHealth(null);
            String id = kms.createCustomKeyStore(proxy.createRequest(name()).build()).customKeyStoreId();
            proxy.server().setEkmHealth(EkmHealthStatus.UNAVAILABLE);
            assertConnectFails(id, "XKS_PROXY_NOT_REACHABLE");
        }
    }

    @Test
    void aConnectedStoreStaysConnectedWhilePeriodicChecksWarnOrFail() throws Exception {
        try (TestXksProxy proxy = TestXksProxy.start()) {
            String id = proxy.createConnectedStore(kms, name());
            try {
                proxy.server().setEkmHealth(EkmHealthStatus.DEGRADED);
                awaitTrue(() -> String.valueOf(lastHealthReport(id)).contains("\"DEGRADED\""),
                        "the periodic check stores the DEGRADED report");

                AtomicInteger refusedChecks = new AtomicInteger();
                proxy.server().addRequestObserver(request -> {
                    if (request.errorName().isPresent()) {
                        refusedChecks.incrementAndGet();
                    }
                });
                XksCredential other = XksCredential.generate();
                proxy.server().addCredential(proxy.prefix(), other);
                proxy.server().removeCredential(proxy.prefix(), proxy.credential().accessKeyId());
                awaitTrue(() -> refusedChecks.get() >= 2, "two periodic checks are refused");
                CustomKeyStoresListEntry store = TestXksProxy.describe(kms, id);
                assertEquals(ConnectionStateType.CONNECTED, store.connectionState(),
                        "a failing periodic check keeps the store CONNECTED, as AWS does");
            } finally {
                TestXksProxy.deleteStore(kms, id);
            }
        }
    }

    @Test
    void anAttemptAStoppedNodeLeftBehindIsRetried() throws Exception {
        try (TestXksProxy proxy = TestXksProxy.start()) {
            String id = kms.createCustomKeyStore(proxy.createRequest(name()).build()).customKeyStoreId();
            try {
                try (Connection db = TestDatabase.connect(); PreparedStatement update = db.prepareStatement(
                        "update custom_key_store set connection_state = 'CONNECTING',"
                                + " connection_changed_at = now() - interval '2 minutes' where custom_key_store_id = ?")) {
                    update.setString(1, id);
                    assertEquals(1, update.executeUpdate());
                }
                CustomKeyStoresListEntry store = TestXksProxy.awaitState(kms, id, ConnectionStateType.CONNECTED,
                        ConnectionStateType.FAILED);
                assertEquals(ConnectionStateType.CONNECTED, store.connectionState());
                assertTrue(auditOutcomes(id).contains("ConnectCustomKeyStore Success timer"), auditOutcomes(id).toString());
            } finally {
                TestXksProxy.deleteStore(kms, id);
            }
        }
    }

    /** Create refused with the exception, and no store was added. */
    private static KmsException assertCreateRefused(Class<? extends KmsException> expected,
                                                    CreateCustomKeyStoreRequest request) {
        List<CustomKeyStoresListEntry> before = kms.describeCustomKeyStores(r -> r.limit(1000)).customKeyStores();
        KmsException refused = assertThrows(expected, () -> kms.createCustomKeyStore(request));
        assertEquals(before, kms.describeCustomKeyStores(r -> r.limit(1000)).customKeyStores(), "a refused Create stores nothing");
        return refused;
    }

    /** Connect, FAILED with the code (audited as the attempt's outcome), then disconnect and delete. */
    private static void assertConnectFails(String id, String connectionErrorCode) {
        try {
            kms.connectCustomKeyStore(r -> r.customKeyStoreId(id));
            CustomKeyStoresListEntry store = TestXksProxy.awaitState(kms, id, ConnectionStateType.FAILED,
                    ConnectionStateType.CONNECTED);
            assertEquals(ConnectionStateType.FAILED, store.connectionState());
            assertEquals(connectionErrorCode, store.connectionErrorCodeAsString());
            assertTrue(auditOutcomes(id).contains("ConnectCustomKeyStore " + connectionErrorCode + " async"),
                    auditOutcomes(id).toString());
        } finally {
            TestXksProxy.deleteStore(kms, id);
        }
    }

    private static String name() {
        return "errors-" + System.nanoTime();
    }

    private static String lastHealthReport(String id) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select last_health_report from custom_key_store where custom_key_store_id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** "operation outcome channel" of each audit event naming the store. */
    private static List<String> auditOutcomes(String id) {
        List<String> outcomes = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select operation, outcome, channel from audit_event where key_id = ? order by id")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    outcomes.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return outcomes;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + TestXksProxy.STATE_DEADLINE.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + TestXksProxy.STATE_DEADLINE.toSeconds() + " s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
