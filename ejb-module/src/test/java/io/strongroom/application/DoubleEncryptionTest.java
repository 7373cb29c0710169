package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import io.strongroom.domain.ExternalCiphertextBlob;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.Origin;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.SymmetricCiphertext;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.infrastructure.xks.XksProxyTarget;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DoubleEncryptionTest {

    private static final RegionIdentity REGION = new RegionIdentity("us-east-1", "111122223333");
    private static final String STORE = "cks-1234567890abcdef0";
    private static final CallerContext CALLER = new CallerContext("arn:aws:iam::111122223333:user/alice",
            "5f1d0a64-0000-4000-8000-000000000001", "127.0.0.1", "api");
    private static final Map<String, String> CONTEXT = Map.of("purpose", "test");

    private final CryptoBoundary crypto = new CryptoBoundary();
    private final InMemoryXksProxy proxy = new InMemoryXksProxy().withKey("ekm-1").withKey("ekm-2");
    private boolean connected = true;
    private final DoubleEncryption layer = new DoubleEncryption(new ExternalKeyStores() {
        @Override
        public Optional<XksProxyTarget> connectedProxy(String customKeyStoreId) {
            return connected && STORE.equals(customKeyStoreId)
                    ? Optional.of(new XksProxyTarget(STORE, "https://xks.example", "/kms/xks/v1", "AKIA", new byte[32]))
                    : Optional.empty();
        }
    }, proxy, REGION);

    private final Key xksKey = Key.createInExternalKeyStore("1234abcd-12ab-34cd-56ef-1234567890ab", "", STORE, "ekm-1",
            Instant.now());
    private byte[] material;

    @BeforeEach
    void rootKey() {
        byte[] root = new byte[32];
        Arrays.fill(root, (byte) 5);
        crypto.installRootKey(root);
        material = crypto.generateSymmetricMaterial(xksKey.id(), 1);
    }

    @Test
    void theProxyGetsTheInnerBlobOnlyAndTheLayersComeOffInReverse() {
        byte[] plaintext = pattern(4096);
        byte[] inner = crypto.encrypt(xksKey.id(), 1, material, plaintext, CONTEXT);
        byte[] outer = layer.seal(CALLER, xksKey, "Encrypt", inner);

        ExternalCiphertextBlob parsed = ExternalCiphertextBlob.parse(outer);
        assertEquals(xksKey.id(), parsed.keyId());
        assertEquals(1, parsed.materialVersion());
        InMemoryXksProxy.Call encrypt = proxy.calls.get(0);
        assertArrayEquals(inner, encrypt.data(), "the proxy encrypts the inner blob");
        assertFalse(contains(encrypt.data(), Arrays.copyOf(plaintext, 32)), "never the caller's plaintext");
        assertArrayEquals(parsed.header(), encrypt.aad(), "the AAD binds key id and material version");
        assertEquals("ekm-1", encrypt.xksKeyId());
        assertEquals(CALLER.principalArn(), encrypt.metadata().awsPrincipalArn());
        assertEquals(REGION.keyArn(xksKey.id()), encrypt.metadata().kmsKeyArn());
        assertEquals("Encrypt", encrypt.metadata().kmsOperation());
        assertEquals(CALLER.requestId(), encrypt.metadata().kmsRequestId());

        CiphertextBlob opened = layer.open(CALLER, xksKey, "Decrypt", SymmetricCiphertext.parse(outer));
        assertArrayEquals(inner, opened.toBytes());
        assertArrayEquals(plaintext, crypto.decrypt(opened, material, CONTEXT));
        assertEquals("Decrypt", proxy.calls.get(1).metadata().kmsOperation());
        assertArrayEquals(parsed.header(), proxy.calls.get(1).aad());
    }

    @Test
    void theLargestPlaintextStaysWithinTheProxyAndBlobLimits() {
        proxy.ivLength = 16;
        proxy.ciphertextMetadata = new byte[ExternalCiphertextBlob.MAX_METADATA_LENGTH];
        byte[] inner = crypto.encrypt(xksKey.id(), 1, material, new byte[CryptoOperations.MAX_PLAINTEXT], Map.of());
        // The XKS API guarantees 4300 bytes of plaintext to the proxy's encrypt.
        assertTrue(inner.length <= 4300, inner.length + " bytes to the proxy");
        byte[] outer = layer.seal(CALLER, xksKey, "Encrypt", inner);
        assertTrue(outer.length <= CryptoOperations.MAX_CIPHERTEXT, outer.length + " bytes of ciphertext");
        assertEquals(inner.length + 36 + ExternalCiphertextBlob.MAX_OVERHEAD_WITHOUT_KEY_ID, outer.length);
        assertArrayEquals(inner, layer.open(CALLER, xksKey, "Decrypt", SymmetricCiphertext.parse(outer)).toBytes());
    }

    @Test
    void aKeyOutsideExternalKeyStoresPassesThroughWithoutTheProxy() {
        Key standard = Key.create("bbbbbbbb-12ab-34cd-56ef-1234567890ab", "", KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS, Instant.now());
        byte[] inner = crypto.encrypt(standard.id(), 1, crypto.generateSymmetricMaterial(standard.id(), 1),
                pattern(10), Map.of());
        assertSame(inner, layer.seal(CALLER, standard, "Encrypt", inner));
        assertArrayEquals(inner, layer.open(CALLER, standard, "Decrypt", SymmetricCiphertext.parse(inner)).toBytes());
        assertTrue(proxy.calls.isEmpty());
        byte[] outer = layer.seal(CALLER, xksKey, "Encrypt", crypto.encrypt(xksKey.id(), 1, material, pattern(10), Map.of()));
        assertInvalidCiphertext(() -> layer.open(CALLER, standard, "Decrypt", SymmetricCiphertext.parse(outer)));
    }

    @Test
    void aFormatOneBlobNeverOpensUnderAKeyInAnExternalKeyStore() {
        byte[] inner = crypto.encrypt(xksKey.id(), 1, material, pattern(10), Map.of());
        assertInvalidCiphertext(() -> layer.open(CALLER, xksKey, "Decrypt", SymmetricCiphertext.parse(inner)));
        assertTrue(proxy.calls.isEmpty(), "refused before any proxy call");
    }

    @Test
    void tamperingWithTheExternalLayerIsReportedAsTheProxyReportsIt() {
        byte[] outer = sealed(pattern(64));
        int headerLength = 2 + 36 + 4;
        for (int position : new int[] {headerLength - 1, headerLength + 1, headerLength + 1 + 12, outer.length - 1}) {
            byte[] tampered = outer.clone();
            tampered[position] ^= 1;
            // The proxy answers InvalidCiphertextException; KMS reports KMSInvalidStateException.
            assertInvalidState(() -> layer.open(CALLER, xksKey, "Decrypt", SymmetricCiphertext.parse(tampered)));
        }
    }

    @Test
    void anExternalKeyDisabledOrAStoreDisconnectedBlocksBothDirections() {
        byte[] inner = crypto.encrypt(xksKey.id(), 1, material, pattern(10), Map.of());
        byte[] outer = layer.seal(CALLER, xksKey, "Encrypt", inner);
        proxy.setEnabled("ekm-1", false);
        assertInvalidState(() -> layer.seal(CALLER, xksKey, "Encrypt", inner));
        assertInvalidState(() -> layer.open(CALLER, xksKey, "Decrypt", SymmetricCiphertext.parse(outer)));
        proxy.setEnabled("ekm-1", true);
        connected = false;
        int callsBefore = proxy.calls.size();
        assertInvalidState(() -> layer.seal(CALLER, xksKey, "Encrypt", inner));
        assertInvalidState(() -> layer.open(CALLER, xksKey, "Decrypt", SymmetricCiphertext.parse(outer)));
        assertEquals(callsBefore, proxy.calls.size(), "no call to the proxy of a disconnected store");
        connected = true;
        assertArrayEquals(inner, layer.open(CALLER, xksKey, "Decrypt", SymmetricCiphertext.parse(outer)).toBytes());
    }

    @Test
    void anotherExternalKeyCannotOpenTheLayer() {
        byte[] outer = sealed(pattern(10));
        Key sameKeyOtherExternalKey = Key.createInExternalKeyStore(xksKey.id(), "", STORE, "ekm-2", Instant.now());
        assertInvalidState(() -> layer.open(CALLER, sameKeyOtherExternalKey, "Decrypt", SymmetricCiphertext.parse(outer)));
    }

    @Test
    void aCallerWithoutRequestIdStillSendsOne() {
        CallerContext internal = new CallerContext("arn:aws:iam::111122223333:user/admin", null, "internal", "console");
        layer.seal(internal, xksKey, "GenerateDataKey", crypto.encrypt(xksKey.id(), 1, material, pattern(3), Map.of()));
        assertNotNull(proxy.calls.get(0).metadata().kmsRequestId());
        assertEquals("GenerateDataKey", proxy.calls.get(0).metadata().kmsOperation());
    }

    private byte[] sealed(byte[] plaintext) {
        return layer.seal(CALLER, xksKey, "Encrypt", crypto.encrypt(xksKey.id(), 1, material, plaintext, Map.of()));
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void assertInvalidState(Executable call) {
        assertEquals(KmsError.KMSInvalidStateException, assertThrows(KmsException.class, call).error());
    }

    private static void assertInvalidCiphertext(Executable call) {
        assertEquals(KmsError.InvalidCiphertextException, assertThrows(KmsException.class, call).error());
    }
}
