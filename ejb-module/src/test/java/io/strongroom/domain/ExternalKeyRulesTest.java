package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import org.junit.jupiter.api.Test;

class ExternalKeyRulesTest {

    private static final String STORE = "cks-1234567890abcdef0";

    @Test
    void aSymmetricKeyWithStoreAndExternalKeyIsAccepted() {
        check(Origin.EXTERNAL_KEY_STORE, KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, STORE, "key-1");
        check(Origin.EXTERNAL_KEY_STORE, KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, STORE,
                "aZ09-_." + "x".repeat(121));
        check(Origin.AWS_KMS, KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY, null, null);
    }

    @Test
    void theStoreAndExternalKeyAreRequiredWithThatOrigin() {
        assertValidation("customKeyStoreId", Origin.EXTERNAL_KEY_STORE, null, "key-1");
        assertValidation("customKeyStoreId", Origin.EXTERNAL_KEY_STORE, "", "key-1");
        assertValidation("customKeyStoreId", Origin.EXTERNAL_KEY_STORE, "c".repeat(65), "key-1");
        assertValidation("xksKeyId", Origin.EXTERNAL_KEY_STORE, STORE, null);
    }

    @Test
    void theExternalKeyIdHasTheDocumentedLengthAndCharacters() {
        assertValidation("xksKeyId", Origin.EXTERNAL_KEY_STORE, STORE, "");
        assertValidation("xksKeyId", Origin.EXTERNAL_KEY_STORE, STORE, "k".repeat(129));
        for (String bad : new String[] {"key 1", "key/1", "key:1", "clé", "a+b", "key\n"}) {
            assertValidation("xksKeyId", Origin.EXTERNAL_KEY_STORE, STORE, bad);
        }
    }

    @Test
    void neitherMemberGoesWithAnotherOrigin() {
        for (Origin origin : new Origin[] {Origin.AWS_KMS, Origin.EXTERNAL}) {
            assertUnsupported("customKeyStoreId", () -> check(origin, KeySpec.SYMMETRIC_DEFAULT,
                    KeyUsage.ENCRYPT_DECRYPT, STORE, null));
            assertUnsupported("xksKeyId", () -> check(origin, KeySpec.SYMMETRIC_DEFAULT,
                    KeyUsage.ENCRYPT_DECRYPT, null, "key-1"));
        }
    }

    @Test
    void onlySymmetricEncryptionKeysLiveInAStore() {
        assertUnsupported("SYMMETRIC_DEFAULT", () -> check(Origin.EXTERNAL_KEY_STORE, KeySpec.HMAC_256,
                KeyUsage.GENERATE_VERIFY_MAC, STORE, "key-1"));
        assertUnsupported("SYMMETRIC_DEFAULT", () -> check(Origin.EXTERNAL_KEY_STORE, KeySpec.RSA_2048,
                KeyUsage.ENCRYPT_DECRYPT, STORE, "key-1"));
    }

    @Test
    void theOriginParsesAndCloudHsmStaysUnsupported() {
        assertEquals(Origin.EXTERNAL_KEY_STORE, Origin.parse("origin", "EXTERNAL_KEY_STORE"));
        assertEquals(KmsError.UnsupportedOperationException,
                assertThrows(KmsException.class, () -> Origin.parse("origin", "AWS_CLOUDHSM")).error());
    }

    @Test
    void anExternalKeyInUseIsNamedInTheError() {
        KmsException e = ExternalKeyRules.alreadyInUse(STORE, "key-1");
        assertEquals(KmsError.XksKeyAlreadyInUseException, e.error());
        assertTrue(e.getMessage().contains("key-1") && e.getMessage().contains(STORE), e.getMessage());
    }

    private static void check(Origin origin, KeySpec spec, KeyUsage usage, String store, String xksKeyId) {
        ExternalKeyRules.checkCreateKey(origin, spec, usage, store, xksKeyId);
    }

    private static void assertValidation(String field, Origin origin, String store, String xksKeyId) {
        KmsException e = assertThrows(KmsException.class,
                () -> check(origin, KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, store, xksKeyId));
        assertEquals(KmsError.ValidationException, e.error());
        assertTrue(e.getMessage().contains("'" + field + "'"), e.getMessage());
    }

    private static void assertUnsupported(String named, org.junit.jupiter.api.function.Executable call) {
        KmsException e = assertThrows(KmsException.class, call);
        assertEquals(KmsError.UnsupportedOperationException, e.error());
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
