package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestXksProxy;
import io.strongroom.it.XksKeyStore;
import io.strongroom.xksproxy.ObservedRequest;
import io.strongroom.xksproxy.XksOperation;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.CreateKeyRequest;
import software.amazon.awssdk.services.kms.model.CreateKeyResponse;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreInvalidStateException;
import software.amazon.awssdk.services.kms.model.CustomKeyStoreNotFoundException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;
import software.amazon.awssdk.services.kms.model.XksKeyAlreadyInUseException;
import software.amazon.awssdk.services.kms.model.XksKeyInvalidConfigurationException;
import software.amazon.awssdk.services.kms.model.XksKeyNotFoundException;

/**
 * CreateKey with Origin EXTERNAL_KEY_STORE through the real AWS SDK against the project's XKS proxy
 * over TLS: the key, what DescribeKey shows, the GetKeyMetadata call the proxy receives, every
 * documented refusal (each leaving no row), and the lifecycle operations such a key refuses or allows.
 */
@RegionTest
@Order(3)
class XksKeyCreationIT {

    private static KmsClient kms;
    private static String storeId;

    @BeforeAll
    static void connect(URI endpoint) {
        kms = KmsClients.sdk(endpoint);
        storeId = XksKeyStore.storeId(kms);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void aKeyInAConnectedStoreIsEnabledAndNamesItsStoreAndExternalKey() {
        String external = XksKeyStore.newExternalKey("create");
        CreateKeyResponse created = kms.createKey(inStore(external).description("it-xks-create").build());
        KeyMetadata key = created.keyMetadata();
        assertEquals(OriginType.EXTERNAL_KEY_STORE, key.origin());
        assertEquals(storeId, key.customKeyStoreId());
        assertEquals(external, key.xksKeyConfiguration().id());
        assertEquals(KeyState.ENABLED, key.keyState());
        assertTrue(key.enabled());
        assertEquals(KeySpec.SYMMETRIC_DEFAULT, key.keySpec());
        assertEquals(KeyUsageType.ENCRYPT_DECRYPT, key.keyUsage());
        assertEquals("CUSTOMER", key.keyManagerAsString());
        assertFalse(key.multiRegion());

        KeyMetadata described = kms.describeKey(r -> r.keyId(key.keyId())).keyMetadata();
        assertEquals(storeId, described.customKeyStoreId());
        assertEquals(external, described.xksKeyConfiguration().id());
        assertEquals(OriginType.EXTERNAL_KEY_STORE, described.origin());
        assertEquals(KeyState.ENABLED, described.keyState());

        List<ObservedRequest> requests = XksKeyStore.requestsFor(external);
        assertEquals(1, requests.size(), "one GetKeyMetadata call");
        assertEquals(XksOperation.GET_KEY_METADATA, requests.get(0).operation());
        JsonObject metadata = XksKeyStore.requestMetadata(requests.get(0));
        assertEquals(XksKeyStore.ADMIN_ARN, metadata.getString("awsPrincipalArn"));
        assertEquals("CreateKey", metadata.getString("kmsOperation"));
        assertEquals(created.responseMetadata().requestId(), metadata.getString("kmsRequestId"));
    }

    @Test
    void theStoreMustExistAndBeConnected() throws Exception {
        String external = XksKeyStore.newExternalKey("store-state");
        assertThrows(CustomKeyStoreNotFoundException.class,
                () -> kms.createKey(r -> r.origin(OriginType.EXTERNAL_KEY_STORE)
                        .customKeyStoreId("cks-0123456789abcdef0").xksKeyId(external)));
        String disconnected = kms.createCustomKeyStore(TestXksProxy.unreachableVpcStore("it-xks-keys-never-connected"))
                .customKeyStoreId();
        try {
            assertThrows(CustomKeyStoreInvalidStateException.class,
                    () -> kms.createKey(r -> r.origin(OriginType.EXTERNAL_KEY_STORE)
                            .customKeyStoreId(disconnected).xksKeyId(external)));
            assertEquals(0, XksKeyStore.keyRows(disconnected, external));
        } finally {
            TestXksProxy.deleteStore(kms, disconnected);
        }
        assertTrue(XksKeyStore.requestsFor(external).isEmpty(), "no proxy call for a store that cannot be used");
    }

    @Test
    void badMembersAreRefusedBeforeAnyStoreIsAsked() throws Exception {
        assertField("ValidationException", "xksKeyId", inStore("bad key!"));
        assertField("ValidationException", "xksKeyId", inStore("k".repeat(129)));
        assertField("ValidationException", "xksKeyId", CreateKeyRequest.builder()
                .origin(OriginType.EXTERNAL_KEY_STORE).customKeyStoreId(storeId));
        assertField("ValidationException", "customKeyStoreId", CreateKeyRequest.builder()
                .origin(OriginType.EXTERNAL_KEY_STORE).xksKeyId("anything"));
        assertField("UnsupportedOperationException", "customKeyStoreId",
                CreateKeyRequest.builder().customKeyStoreId(storeId));
        assertField("UnsupportedOperationException", "xksKeyId",
                CreateKeyRequest.builder().origin(OriginType.EXTERNAL).xksKeyId("anything"));
        String external = XksKeyStore.newExternalKey("hmac");
        assertField("UnsupportedOperationException", "SYMMETRIC_DEFAULT",
                inStore(external).keySpec(KeySpec.HMAC_256).keyUsage(KeyUsageType.GENERATE_VERIFY_MAC));
        assertEquals(0, XksKeyStore.keyRows(storeId, external));
        assertTrue(XksKeyStore.requestsFor(external).isEmpty());
    }

    @Test
    void theExternalKeyMustExistAndBeAnEnabledKeyThatEncryptsAndDecrypts() throws Exception {
        assertThrows(XksKeyNotFoundException.class, () -> kms.createKey(inStore("no-such-external-key").build()));
        for (String unusable : new String[] {XksKeyStore.ENCRYPT_ONLY, XksKeyStore.DECRYPT_ONLY, XksKeyStore.DISABLED}) {
            XksKeyInvalidConfigurationException e = assertThrows(XksKeyInvalidConfigurationException.class,
                    () -> kms.createKey(inStore(unusable).build()), unusable);
            assertTrue(e.awsErrorDetails().errorMessage().contains(unusable), e.getMessage());
            assertEquals(0, XksKeyStore.keyRows(storeId, unusable), unusable);
        }
        assertEquals(0, XksKeyStore.keyRows(storeId, "no-such-external-key"));
    }

    @Test
    void anExternalKeyBacksOneKeyOfTheStoreOnly() throws Exception {
        String external = XksKeyStore.newExternalKey("in-use");
        String first = kms.createKey(inStore(external).build()).keyMetadata().keyId();
        assertThrows(XksKeyAlreadyInUseException.class, () -> kms.createKey(inStore(external).build()));
        assertEquals(1, XksKeyStore.keyRows(storeId, external));
        kms.scheduleKeyDeletion(r -> r.keyId(first).pendingWindowInDays(7));
        // A key pending deletion still holds its external key, as in AWS.
        assertThrows(XksKeyAlreadyInUseException.class, () -> kms.createKey(inStore(external).build()));
    }

    @Test
    void suchAKeyNeitherRotatesNorImportsButIsManagedLikeAnyOther() {
        String keyId = kms.createKey(inStore(XksKeyStore.newExternalKey("lifecycle")).build()).keyMetadata().keyId();
        assertThrows(UnsupportedOperationException.class, () -> kms.enableKeyRotation(r -> r.keyId(keyId)));
        assertThrows(UnsupportedOperationException.class, () -> kms.rotateKeyOnDemand(r -> r.keyId(keyId)));
        assertThrows(UnsupportedOperationException.class, () -> kms.getParametersForImport(r -> r.keyId(keyId)
                .wrappingAlgorithm(AlgorithmSpec.RSAES_OAEP_SHA_256).wrappingKeySpec(WrappingKeySpec.RSA_2048)));

        kms.disableKey(r -> r.keyId(keyId));
        assertEquals(KeyState.DISABLED, state(keyId));
        kms.enableKey(r -> r.keyId(keyId));
        assertEquals(KeyState.ENABLED, state(keyId));
        kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
        assertEquals(KeyState.PENDING_DELETION, state(keyId));
        kms.cancelKeyDeletion(r -> r.keyId(keyId));
        assertEquals(KeyState.DISABLED, state(keyId));
        kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    }

    private static KeyState state(String keyId) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState();
    }

    private static CreateKeyRequest.Builder inStore(String xksKeyId) {
        return CreateKeyRequest.builder().origin(OriginType.EXTERNAL_KEY_STORE).customKeyStoreId(storeId)
                .xksKeyId(xksKeyId);
    }

    private static void assertField(String errorCode, String named, CreateKeyRequest.Builder request) {
        KmsException e = assertThrows(KmsException.class, () -> kms.createKey(request.build()));
        assertEquals(errorCode, e.awsErrorDetails().errorCode());
        assertTrue(e.awsErrorDetails().errorMessage().contains(named), e.getMessage());
    }
}
