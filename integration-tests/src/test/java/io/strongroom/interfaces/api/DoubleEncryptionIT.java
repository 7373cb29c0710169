package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ConnectionStateType;
import software.amazon.awssdk.services.kms.model.DataKeyPairSpec;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyPairResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.ReEncryptResponse;

/**
 * Double encryption through the real AWS SDK against the project's XKS proxy over TLS: round trips
 * of every symmetric operation with a key in an external key store, ReEncrypt to and from a
 * standard key, what the proxy receives (never a plaintext; full requestMetadata), a key disabled
 * in the external key manager, a disconnected and reconnected store, and tampered ciphertexts.
 */
@RegionTest
@Order(3)
class DoubleEncryptionIT {

    private static final Map<String, String> CONTEXT = Map.of("order", "42", "team", "billing");
    private static final SecureRandom RANDOM = new SecureRandom();
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
    void encryptAndDecryptRoundTripWithTheEncryptionContext() {
        String keyId = xksKey("round-trip");
        String other = standardKey();
        for (int size : new int[] {1, 64, 4096}) {
            byte[] plaintext = random(size);
            SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(plaintext))
                    .encryptionContext(CONTEXT)).ciphertextBlob();
            assertEquals(2, blob.asByteArray()[0], "ciphertext format 2");
            DecryptResponse decrypted = kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(CONTEXT));
            assertArrayEquals(plaintext, decrypted.plaintext().asByteArray());
            assertTrue(decrypted.keyId().endsWith(keyId));
            assertThrows(InvalidCiphertextException.class, () -> kms.decrypt(r -> r.ciphertextBlob(blob)
                    .encryptionContext(Map.of("order", "43"))));
            assertThrows(IncorrectKeyException.class, () -> kms.decrypt(r -> r.ciphertextBlob(blob).keyId(other)
                    .encryptionContext(CONTEXT)));
        }
    }

    @Test
    void dataKeysAndDataKeyPairsDecryptBack() throws Exception {
        String keyId = xksKey("data-keys");
        GenerateDataKeyResponse dataKey = kms.generateDataKey(r -> r.keyId(keyId).keySpec(DataKeySpec.AES_256)
                .encryptionContext(CONTEXT));
        assertArrayEquals(dataKey.plaintext().asByteArray(), decrypt(dataKey.ciphertextBlob(), CONTEXT));
        SdkBytes withoutPlaintext = kms.generateDataKeyWithoutPlaintext(r -> r.keyId(keyId).numberOfBytes(64))
                .ciphertextBlob();
        assertEquals(64, decrypt(withoutPlaintext, Map.of()).length);
        GenerateDataKeyPairResponse pair = kms.generateDataKeyPair(r -> r.keyId(keyId)
                .keyPairSpec(DataKeyPairSpec.ECC_NIST_P256));
        byte[] privateKey = decrypt(pair.privateKeyCiphertextBlob(), Map.of());
        assertArrayEquals(pair.privateKeyPlaintext().asByteArray(), privateKey);
        KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
        SdkBytes pairWithoutPlaintext = kms.generateDataKeyPairWithoutPlaintext(r -> r.keyId(keyId)
                .keyPairSpec(DataKeyPairSpec.RSA_2048)).privateKeyCiphertextBlob();
        KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decrypt(pairWithoutPlaintext, Map.of())));
    }

    @Test
    void reEncryptMovesCiphertextsInAndOutOfTheExternalKeyStore() {
        String external = xksKey("re-encrypt");
        String otherExternal = xksKey("re-encrypt-other");
        String standard = standardKey();
        byte[] plaintext = random(300);
        SdkBytes underStandard = kms.encrypt(r -> r.keyId(standard).plaintext(SdkBytes.fromByteArray(plaintext))
                .encryptionContext(CONTEXT)).ciphertextBlob();

        ReEncryptResponse in = kms.reEncrypt(r -> r.ciphertextBlob(underStandard).sourceEncryptionContext(CONTEXT)
                .destinationKeyId(external).destinationEncryptionContext(Map.of("moved", "in")));
        assertEquals(2, in.ciphertextBlob().asByteArray()[0]);
        assertTrue(in.keyId().endsWith(external) && in.sourceKeyId().endsWith(standard));
        assertArrayEquals(plaintext, decrypt(in.ciphertextBlob(), Map.of("moved", "in")));

        ReEncryptResponse across = kms.reEncrypt(r -> r.ciphertextBlob(in.ciphertextBlob())
                .sourceEncryptionContext(Map.of("moved", "in")).destinationKeyId(otherExternal));
        assertTrue(across.keyId().endsWith(otherExternal));
        assertArrayEquals(plaintext, decrypt(across.ciphertextBlob(), Map.of()));

        ReEncryptResponse out = kms.reEncrypt(r -> r.ciphertextBlob(across.ciphertextBlob()).destinationKeyId(standard));
        assertEquals(1, out.ciphertextBlob().asByteArray()[0]);
        assertTrue(out.sourceKeyId().endsWith(otherExternal));
        assertArrayEquals(plaintext, decrypt(out.ciphertextBlob(), Map.of()));
    }

    @Test
    void theProxyNeverReceivesACallersPlaintextAndAlwaysTheFullRequestMetadata() {
        String external = XksKeyStore.newExternalKey("no-plaintext");
        String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL_KEY_STORE).customKeyStoreId(storeId)
                .xksKeyId(external)).keyMetadata().keyId();
        String keyArn = kms.describeKey(r -> r.keyId(keyId)).keyMetadata().arn();
        int before = XksKeyStore.allRequests().size();
        List<byte[]> secrets = new ArrayList<>();
        List<String> requestIds = new ArrayList<>();

        byte[] plaintext = random(256);
        secrets.add(plaintext);
        EncryptResponse encrypted = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(plaintext)));
        requestIds.add(encrypted.responseMetadata().requestId());
        GenerateDataKeyResponse dataKey = kms.generateDataKey(r -> r.keyId(keyId).numberOfBytes(48));
        secrets.add(dataKey.plaintext().asByteArray());
        requestIds.add(dataKey.responseMetadata().requestId());
        DecryptResponse decrypted = kms.decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob()));
        requestIds.add(decrypted.responseMetadata().requestId());
        ReEncryptResponse reEncrypted = kms.reEncrypt(r -> r.ciphertextBlob(dataKey.ciphertextBlob())
                .destinationKeyId(keyId));
        requestIds.add(reEncrypted.responseMetadata().requestId());
        requestIds.add(reEncrypted.responseMetadata().requestId());

        List<ObservedRequest> sent = XksKeyStore.allRequests().subList(before, XksKeyStore.allRequests().size());
        for (ObservedRequest request : sent) {
            for (byte[] secret : secrets) {
                assertFalse(request.contains(secret), "the proxy received a plaintext in " + request.path());
            }
        }
        List<ObservedRequest> calls = sent.stream().filter(request -> external.equals(request.keyId())).toList();
        assertEquals(List.of(XksOperation.ENCRYPT, XksOperation.ENCRYPT, XksOperation.DECRYPT, XksOperation.DECRYPT,
                XksOperation.ENCRYPT), calls.stream().map(ObservedRequest::operation).toList());
        List<String> operations = List.of("Encrypt", "GenerateDataKey", "Decrypt", "ReEncrypt", "ReEncrypt");
        for (int i = 0; i < calls.size(); i++) {
            JsonObject metadata = XksKeyStore.requestMetadata(calls.get(i));
            assertEquals(XksKeyStore.ADMIN_ARN, metadata.getString("awsPrincipalArn"));
            assertEquals(keyArn, metadata.getString("kmsKeyArn"));
            assertEquals(operations.get(i), metadata.getString("kmsOperation"));
            assertEquals(requestIds.get(i), metadata.getString("kmsRequestId"));
            assertEquals(200, calls.get(i).responseStatus());
        }
        // What the proxy encrypts is Strongroom's own format-1 ciphertext of the key; its AAD, the format-2 header.
        byte[] sentToEncrypt = calls.get(0).plaintext().orElseThrow();
        assertEquals(1, sentToEncrypt[0]);
        assertEquals(256 + 2 + 36 + 4 + 12 + 16, sentToEncrypt.length);
        assertEquals(2, calls.get(0).additionalAuthenticatedData().orElseThrow()[0]);
    }

    @Test
    void aKeyDisabledInTheExternalKeyManagerMakesItsCiphertextsUndecryptable() {
        String external = XksKeyStore.newExternalKey("ekm-disabled");
        String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL_KEY_STORE).customKeyStoreId(storeId)
                .xksKeyId(external)).keyMetadata().keyId();
        byte[] plaintext = random(32);
        SdkBytes blob = encrypt(keyId, plaintext);
        XksKeyStore.proxy().server().setKeyStatus(XksKeyStore.PREFIX, external, false);
        try {
            assertInvalidState(() -> kms.decrypt(r -> r.ciphertextBlob(blob)));
            assertInvalidState(() -> encrypt(keyId, plaintext));
            assertInvalidState(() -> kms.generateDataKey(r -> r.keyId(keyId).numberOfBytes(16)));
            // KMS cannot see into the external key manager: the key itself stays Enabled.
            assertEquals(KeyState.ENABLED, kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState());
        } finally {
            XksKeyStore.proxy().server().setKeyStatus(XksKeyStore.PREFIX, external, true);
        }
        assertArrayEquals(plaintext, decrypt(blob, Map.of()));
    }

    @Test
    void aDisconnectedStoreMakesItsKeysUnavailableUntilItIsConnectedAgain() {
        String keyId = xksKey("disconnect");
        String disabledKeyId = xksKey("disconnect-disabled");
        kms.disableKey(r -> r.keyId(disabledKeyId));
        byte[] plaintext = random(100);
        SdkBytes blob = encrypt(keyId, plaintext);
        kms.disconnectCustomKeyStore(r -> r.customKeyStoreId(storeId));
        try {
            var described = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
            assertEquals(KeyState.UNAVAILABLE, described.keyState());
            assertFalse(described.enabled());
            assertEquals(KeyState.DISABLED, kms.describeKey(r -> r.keyId(disabledKeyId)).keyMetadata().keyState());
            assertInvalidState(() -> kms.decrypt(r -> r.ciphertextBlob(blob)));
            assertInvalidState(() -> encrypt(keyId, plaintext));
            assertInvalidState(() -> kms.generateDataKeyWithoutPlaintext(r -> r.keyId(keyId).numberOfBytes(16)));
            assertInvalidState(() -> kms.reEncrypt(r -> r.ciphertextBlob(blob).destinationKeyId(standardKey())));
        } finally {
            kms.connectCustomKeyStore(r -> r.customKeyStoreId(storeId));
            TestXksProxy.awaitState(kms, storeId, ConnectionStateType.CONNECTED);
        }
        assertEquals(KeyState.ENABLED, kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState());
        assertArrayEquals(plaintext, decrypt(blob, Map.of()));
    }

    @Test
    void aCiphertextTamperedWithIsRefused() {
        String keyId = xksKey("tamper");
        byte[] blob = encrypt(keyId, random(64)).asByteArray();
        int header = 2 + 36 + 4;
        int ivLength = blob[header];
        // The proxy refuses a damaged external layer (InvalidCiphertextException), which KMS reports as
        // KMSInvalidStateException, as AWS does: IV, tag and external ciphertext.
        for (int position : new int[] {header + 1, header + 1 + ivLength, blob.length - 1}) {
            assertInvalidState(() -> kms.decrypt(r -> r.ciphertextBlob(flipped(blob, position))));
        }
        // What Strongroom itself can tell is wrong is InvalidCiphertextException: another format, a
        // material version the key never had, a truncated blob.
        for (int position : new int[] {0, header - 1}) {
            assertThrows(InvalidCiphertextException.class, () -> kms.decrypt(r -> r.ciphertextBlob(flipped(blob, position))));
        }
        byte[] truncated = Arrays.copyOf(blob, header + 10);
        assertThrows(InvalidCiphertextException.class,
                () -> kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(truncated))));
    }

    private static SdkBytes flipped(byte[] blob, int position) {
        byte[] tampered = blob.clone();
        tampered[position] ^= 0x01;
        return SdkBytes.fromByteArray(tampered);
    }

    private static String xksKey(String purpose) {
        String external = XksKeyStore.newExternalKey(purpose);
        return kms.createKey(r -> r.origin(OriginType.EXTERNAL_KEY_STORE).customKeyStoreId(storeId)
                .xksKeyId(external).description("it-double-encryption")).keyMetadata().keyId();
    }

    private static String standardKey() {
        return kms.createKey(r -> r.description("it-double-encryption standard")).keyMetadata().keyId();
    }

    private static SdkBytes encrypt(String keyId, byte[] plaintext) {
        return kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(plaintext))).ciphertextBlob();
    }

    private static byte[] decrypt(SdkBytes blob, Map<String, String> context) {
        return kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(context)).plaintext().asByteArray();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void assertInvalidState(Executable call) {
        assertThrows(KmsInvalidStateException.class, call);
    }
}
