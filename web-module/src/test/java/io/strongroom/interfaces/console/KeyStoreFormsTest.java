package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strongroom.application.CustomKeyStoreSettings;
import io.strongroom.application.CustomKeyStoreView;
import io.strongroom.client.CreateKeyRequest;
import io.strongroom.infrastructure.xks.XksProxyMetrics.StoreFigures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the key store dialogs send to the services, worked out from the fields as typed. */
class KeyStoreFormsTest {

    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==";
    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");

    private static CustomKeyStoreView store(String state) {
        return new CustomKeyStoreView("cks-1234567890abcdef0", "payments", "EXTERNAL_KEY_STORE", state, null, CREATED,
                "PUBLIC_ENDPOINT", "AKIAXKSTESTAAAAAAAAA", "https://xks.example.com", "/pay/kms/xks/v1", null, null,
                CREATED, 2, null, null);
    }

    private static KeyStoreFields fields(String name, String endpoint, String path, String connectivity,
                                         String accessKeyId, String secret) {
        KeyStoreFields proxy = new KeyStoreFields();
        proxy.setName(name);
        proxy.setEndpoint(endpoint);
        proxy.setPath(path);
        proxy.setConnectivity(connectivity);
        proxy.setAccessKeyId(accessKeyId);
        proxy.setSecret(secret);
        return proxy;
    }

    @Test
    void createSendsEveryFieldAsAnExternalKeyStore() {
        KeyStoreFields proxy = fields("payments", " https://xks.example.com ", "/pay/kms/xks/v1", "PUBLIC_ENDPOINT",
                "AKIAXKSTESTAAAAAAAAA", SECRET);
        proxy.setVpcEndpointServiceName("com.amazonaws.vpce.us-east-1.vpce-svc-1");

        CustomKeyStoreSettings settings = CreateKeyStoreForm.settings(proxy);

        assertEquals(new CustomKeyStoreSettings("payments", "EXTERNAL_KEY_STORE", "https://xks.example.com",
                "/pay/kms/xks/v1", "PUBLIC_ENDPOINT", null, null, "AKIAXKSTESTAAAAAAAAA", SECRET), settings);
    }

    @Test
    void createSendsTheVpcFieldsOnlyWithVpcConnectivityAndBlankFieldsAsAbsent() {
        KeyStoreFields proxy = fields(" ", "https://xks.example.com", "", "VPC_ENDPOINT_SERVICE", " ", null);
        proxy.setVpcEndpointServiceName("com.amazonaws.vpce.us-east-1.vpce-svc-1");
        proxy.setVpcEndpointServiceOwner("111122223333");

        CustomKeyStoreSettings settings = CreateKeyStoreForm.settings(proxy);

        assertNull(settings.customKeyStoreName());
        assertNull(settings.xksProxyUriPath());
        assertNull(settings.accessKeyId());
        assertNull(settings.rawSecretAccessKey());
        assertEquals("com.amazonaws.vpce.us-east-1.vpce-svc-1", settings.xksProxyVpcEndpointServiceName());
        assertEquals("111122223333", settings.xksProxyVpcEndpointServiceOwner());
    }

    @Test
    void theSettingsNeverPrintTheSecret() {
        KeyStoreFields proxy = fields("payments", "https://xks.example.com", "/kms/xks/v1", "PUBLIC_ENDPOINT",
                "AKIAXKSTESTAAAAAAAAA", SECRET);

        String printed = CreateKeyStoreForm.settings(proxy).toString();

        assertEquals(-1, printed.indexOf(SECRET), printed);
    }

    @Test
    void editSendsOnlyWhatChanged() {
        CustomKeyStoreView store = store("CONNECTED");
        KeyStoreFields proxy = new KeyStoreFields();
        proxy.startFrom(store);

        assertNull(EditKeyStoreForm.changes(store, proxy), "an untouched dialog changes nothing");

        proxy.setName("payments-eu");
        CustomKeyStoreSettings renamed = EditKeyStoreForm.changes(store, proxy);
        assertEquals(new CustomKeyStoreSettings("payments-eu", null, null, null, null, null, null, null, null), renamed);

        proxy.setName("payments");
        proxy.setPath("/other/kms/xks/v1");
        CustomKeyStoreSettings moved = EditKeyStoreForm.changes(store, proxy);
        assertEquals(new CustomKeyStoreSettings(null, null, null, "/other/kms/xks/v1", null, null, null, null, null), moved);
    }

    @Test
    void aRotatedCredentialGoesWithTheAccessKeyIdEvenIfOnlyTheSecretWasTyped() {
        CustomKeyStoreView store = store("CONNECTED");
        KeyStoreFields proxy = new KeyStoreFields();
        proxy.startFrom(store);
        proxy.setSecret(SECRET);

        CustomKeyStoreSettings rotated = EditKeyStoreForm.changes(store, proxy);

        assertEquals(new CustomKeyStoreSettings(null, null, null, null, null, null, null, "AKIAXKSTESTAAAAAAAAA", SECRET),
                rotated);
    }

    @Test
    void aNewAccessKeyIdWithoutSecretIsSentForTheServiceToRefuse() {
        CustomKeyStoreView store = store("DISCONNECTED");
        KeyStoreFields proxy = new KeyStoreFields();
        proxy.startFrom(store);
        proxy.setAccessKeyId("AKIAXKSOTHERAAAAAAAA");

        CustomKeyStoreSettings changes = EditKeyStoreForm.changes(store, proxy);

        assertEquals("AKIAXKSOTHERAAAAAAAA", changes.accessKeyId());
        assertNull(changes.rawSecretAccessKey());
    }

    @Test
    void theEditDialogStartsFromTheStoreWithAnEmptySecret() {
        KeyStoreFields proxy = new KeyStoreFields();
        proxy.setSecret(SECRET);

        proxy.startFrom(store("DISCONNECTED"));

        assertEquals("payments", proxy.getName());
        assertEquals("https://xks.example.com", proxy.getEndpoint());
        assertEquals("/pay/kms/xks/v1", proxy.getPath());
        assertEquals("PUBLIC_ENDPOINT", proxy.getConnectivity());
        assertEquals("AKIAXKSTESTAAAAAAAAA", proxy.getAccessKeyId());
        assertNull(proxy.getSecret());
    }

    @Test
    void aKeyInTheStoreIsASymmetricExternalKeyStoreKey() {
        CreateKeyRequest request = StoreKeyForm.request("cks-1234567890abcdef0", " key-1 ", " ");

        assertEquals(new CreateKeyRequest(null, "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "EXTERNAL_KEY_STORE", List.of(),
                null, false, "cks-1234567890abcdef0", "key-1"), request);
        assertNull(StoreKeyForm.request("cks-1234567890abcdef0", "", "x").xksKeyId());
    }

    @Test
    void failuresAreListedMostFrequentFirst() {
        StoreFigures figures = new StoreFigures("cks-1", 10, 1, 2, 3, 4,
                Map.of("Timeout", 2L, "AuthenticationFailedException", 5L, "ConnectionFailed", 2L));

        assertEquals(List.of(new KeyStoreDetail.FailureCount("AuthenticationFailedException", 5),
                        new KeyStoreDetail.FailureCount("ConnectionFailed", 2), new KeyStoreDetail.FailureCount("Timeout", 2)),
                KeyStoreDetail.failureCounts(figures));
        assertEquals(List.of(), KeyStoreDetail.failureCounts(null));
    }
}
