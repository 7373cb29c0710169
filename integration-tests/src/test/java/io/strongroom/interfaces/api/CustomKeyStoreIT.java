package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestXksProxy;
import io.strongroom.xksproxy.ObservedRequest;
import io.strongroom.xksproxy.XksCredential;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ConnectionStateType;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreInvalidStateException;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreNotFoundException;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreType;
import software.amazon.awssdk.services.kms.model.CustomKeyStoresListEntry;
import software.amazon.awssdk.services.kms.model.XksProxyConnectivityType;
import software.amazon.awssdk.services.kms.model.XksProxyIncorrectAuthenticationCredentialException;

/**
 * The whole life of an external key store through the real AWS SDK against the project's own XKS
 * proxy over TLS: create (health-checked), describe by id and by name, rename, connect (finished
 * in the background, polled), proxy settings refused while connected, credential rotation while
 * connected, disconnect, delete, and the state errors on the way.
 */
@RegionTest
@Order(3)
class CustomKeyStoreIT {

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
    void aStoreLivesThroughCreateConnectRotateDisconnectAndDelete() {
        try (TestXksProxy proxy = TestXksProxy.start()) {
            List<ObservedRequest> seen = new CopyOnWriteArrayList<>();
            proxy.server().addRequestObserver(seen::add);
            Instant before = Instant.now().minusSeconds(1);
            String id = kms.createCustomKeyStore(proxy.createRequest("lifecycle-" + System.nanoTime()).build())
                    .customKeyStoreId();
            assertTrue(id.matches("cks-[0-9a-f]{17}"), id);
            assertEquals(1, seen.size(), "Create checks the proxy's health once");
            assertEquals(proxy.uriPath() + "/health", seen.get(0).path());
            assertTrue(seen.get(0).header("authorization").orElseThrow()
                    .contains("/us-east-1/kms-xks-proxy/aws4_request"));

            CustomKeyStoresListEntry created = TestXksProxy.describe(kms, id);
            assertEquals(ConnectionStateType.DISCONNECTED, created.connectionState());
            assertNull(created.connectionErrorCode());
            assertEquals(CustomKeyStoreType.EXTERNAL_KEY_STORE, created.customKeyStoreType());
            assertEquals(XksProxyConnectivityType.PUBLIC_ENDPOINT, created.xksProxyConfiguration().connectivity());
            assertEquals(proxy.credential().accessKeyId(), created.xksProxyConfiguration().accessKeyId());
            assertEquals(proxy.endpoint(), created.xksProxyConfiguration().uriEndpoint());
            assertEquals(proxy.uriPath(), created.xksProxyConfiguration().uriPath());
            assertNull(created.xksProxyConfiguration().vpcEndpointServiceName());
            assertFalse(created.creationDate().isBefore(before));
            assertEquals(created, kms.describeCustomKeyStores(r -> r.customKeyStoreName(created.customKeyStoreName()))
                    .customKeyStores().get(0));

            String renamed = "renamed-" + System.nanoTime();
            kms.updateCustomKeyStore(r -> r.customKeyStoreId(id).newCustomKeyStoreName(renamed));
            assertEquals(renamed, TestXksProxy.describe(kms, id).customKeyStoreName());

            kms.connectCustomKeyStore(r -> r.customKeyStoreId(id));
            assertEquals(ConnectionStateType.CONNECTED,
                    TestXksProxy.awaitState(kms, id, ConnectionStateType.CONNECTED, ConnectionStateType.FAILED)
                            .connectionState());
            kms.connectCustomKeyStore(r -> r.customKeyStoreId(id));
            assertEquals(ConnectionStateType.CONNECTED, TestXksProxy.describe(kms, id).connectionState(),
                    "connecting a CONNECTED store changes nothing");

            kms.updateCustomKeyStore(r -> r.customKeyStoreId(id).newCustomKeyStoreName(renamed + "-2"));
            CustomKeyStoresListEntry connected = TestXksProxy.describe(kms, id);
            assertEquals(renamed + "-2", connected.customKeyStoreName());
            assertThrows(CustomKeyStoreInvalidStateException.class, () -> kms.updateCustomKeyStore(r -> r
                    .customKeyStoreId(id).xksProxyUriPath("/other/kms/xks/v1")));
            assertThrows(CustomKeyStoreInvalidStateException.class, () -> kms.updateCustomKeyStore(r -> r
                    .customKeyStoreId(id).xksProxyConnectivity(XksProxyConnectivityType.VPC_ENDPOINT_SERVICE)));
            assertThrows(CustomKeyStoreInvalidStateException.class, () -> kms.deleteCustomKeyStore(r -> r.customKeyStoreId(id)));
            assertEquals(connected, TestXksProxy.describe(kms, id), "refused calls change nothing");

            rotateWhileConnected(proxy, id, seen);

            kms.disconnectCustomKeyStore(r -> r.customKeyStoreId(id));
            assertEquals(ConnectionStateType.DISCONNECTED, TestXksProxy.describe(kms, id).connectionState());
            assertThrows(CustomKeyStoreInvalidStateException.class,
                    () -> kms.disconnectCustomKeyStore(r -> r.customKeyStoreId(id)));
            kms.deleteCustomKeyStore(r -> r.customKeyStoreId(id));
            assertThrows(CustomKeyStoreNotFoundException.class, () -> TestXksProxy.describe(kms, id));
            assertThrows(CustomKeyStoreNotFoundException.class, () -> kms.connectCustomKeyStore(r -> r.customKeyStoreId(id)));
        }
    }

    /**
     * The proxy accepts the old and the new credential during a rotation; the store switches
     * while CONNECTED after a health check with the new one; once the proxy drops the old one,
     * reconnecting works only because the store now signs with the new one.
     */
    private static void rotateWhileConnected(TestXksProxy proxy, String id, List<ObservedRequest> seen) {
        XksCredential unknown = XksCredential.generate();
        CustomKeyStoresListEntry before = TestXksProxy.describe(kms, id);
        assertThrows(XksProxyIncorrectAuthenticationCredentialException.class, () -> kms.updateCustomKeyStore(r -> r
                .customKeyStoreId(id).xksProxyAuthenticationCredential(c -> c.accessKeyId(unknown.accessKeyId())
                        .rawSecretAccessKey(unknown.secretAccessKey()))));
        assertEquals(before, TestXksProxy.describe(kms, id), "a credential the proxy refuses is not stored");

        XksCredential next = XksCredential.generate();
        proxy.server().addCredential(proxy.prefix(), next);
        seen.clear();
        kms.updateCustomKeyStore(r -> r.customKeyStoreId(id).xksProxyAuthenticationCredential(c -> c
                .accessKeyId(next.accessKeyId()).rawSecretAccessKey(next.secretAccessKey())));
        assertTrue(seen.get(0).header("authorization").orElseThrow().contains("Credential=" + next.accessKeyId() + "/"));
        CustomKeyStoresListEntry rotated = TestXksProxy.describe(kms, id);
        assertEquals(ConnectionStateType.CONNECTED, rotated.connectionState());
        assertEquals(next.accessKeyId(), rotated.xksProxyConfiguration().accessKeyId());

        proxy.server().removeCredential(proxy.prefix(), proxy.credential().accessKeyId());
        kms.disconnectCustomKeyStore(r -> r.customKeyStoreId(id));
        kms.connectCustomKeyStore(r -> r.customKeyStoreId(id));
        CustomKeyStoresListEntry reconnected =
                TestXksProxy.awaitState(kms, id, ConnectionStateType.CONNECTED, ConnectionStateType.FAILED);
        assertEquals(ConnectionStateType.CONNECTED, reconnected.connectionState(), String.valueOf(reconnected));
    }

    @Test
    void aFailedConnectionMustBeDisconnectedBeforeConnectingAgain() {
        String id;
        try (TestXksProxy proxy = TestXksProxy.start()) {
            id = kms.createCustomKeyStore(proxy.createRequest("fails-" + System.nanoTime()).build()).customKeyStoreId();
        }
        kms.connectCustomKeyStore(r -> r.customKeyStoreId(id));
        CustomKeyStoresListEntry failed = TestXksProxy.awaitState(kms, id, ConnectionStateType.FAILED,
                ConnectionStateType.CONNECTED);
        assertEquals(ConnectionStateType.FAILED, failed.connectionState());
        assertEquals("XKS_PROXY_NOT_REACHABLE", failed.connectionErrorCodeAsString());
        assertThrows(CustomKeyStoreInvalidStateException.class, () -> kms.connectCustomKeyStore(r -> r.customKeyStoreId(id)));
        assertThrows(CustomKeyStoreInvalidStateException.class, () -> kms.deleteCustomKeyStore(r -> r.customKeyStoreId(id)));
        kms.disconnectCustomKeyStore(r -> r.customKeyStoreId(id));
        CustomKeyStoresListEntry disconnected = TestXksProxy.describe(kms, id);
        assertEquals(ConnectionStateType.DISCONNECTED, disconnected.connectionState());
        assertNull(disconnected.connectionErrorCode(), "ConnectionErrorCode only while FAILED");
        kms.deleteCustomKeyStore(r -> r.customKeyStoreId(id));
    }

    @Test
    void describingAllListsEveryStoreInPages() {
        List<String> created = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                created.add(kms.createCustomKeyStore(TestXksProxy.unreachableVpcStore("paged-" + i + "-" + System.nanoTime()))
                        .customKeyStoreId());
            }
            List<String> all = new ArrayList<>();
            String marker = null;
            int pages = 0;
            do {
                String from = marker;
                var page = kms.describeCustomKeyStores(r -> r.limit(2).marker(from));
                page.customKeyStores().forEach(store -> all.add(store.customKeyStoreId()));
                assertEquals(page.truncated(), page.nextMarker() != null);
                marker = page.nextMarker();
                pages++;
            } while (marker != null && pages < 20);
            assertTrue(all.containsAll(created), all + " lacks some of " + created);
            assertEquals(all.stream().sorted().toList(), all, "pages come in store id order");
            assertEquals(all.size(), kms.describeCustomKeyStores(r -> r.limit(1000)).customKeyStores().size());
            assertTrue(pages >= 2);
        } finally {
            created.forEach(id -> kms.deleteCustomKeyStore(r -> r.customKeyStoreId(id)));
        }
    }
}
