package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AliasRulesTest {

    private static final RegionIdentity REGION = new RegionIdentity("us-east-1", "111122223333");

    @ParameterizedTest
    @ValueSource(strings = {"alias/app", "alias/team:app/prod_key-1", "alias/a"})
    void acceptsCustomerNames(String name) {
        assertDoesNotThrow(() -> AliasRules.validateCustomerName("aliasName", name));
        assertTrue(AliasRules.wellFormed(name));
    }

    @ParameterizedTest
    @CsvSource({
        "app, InvalidAliasNameException",
        "alias/, InvalidAliasNameException",
        "Alias/app, InvalidAliasNameException",
        "alias/aws/s3, InvalidAliasNameException",
        "'alias/with space', ValidationException",
        "alias/ümlaut, ValidationException",
        "'', ValidationException"})
    void refusesBadNames(String name, KmsError expected) {
        KmsException e = assertThrows(KmsException.class, () -> AliasRules.validateCustomerName("aliasName", name));
        assertEquals(expected, e.error());
        assertTrue(e.getMessage().contains("aliasName") || e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void lengthLimitIs256() {
        String longest = "alias/" + "a".repeat(250);
        assertDoesNotThrow(() -> AliasRules.validateCustomerName("aliasName", longest));
        KmsException e = assertThrows(KmsException.class,
                () -> AliasRules.validateCustomerName("aliasName", longest + "a"));
        assertEquals(KmsError.ValidationException, e.error());
        assertFalse(AliasRules.wellFormed(longest + "a"));
        assertEquals(KmsError.ValidationException,
                assertThrows(KmsException.class, () -> AliasRules.validateShape("aliasName", null)).error());
    }

    @Test
    void targetMustBeAKeyIdOrKeyArn() {
        String id = UUID.randomUUID().toString();
        assertInstanceOf(KeyReference.ById.class, AliasRules.targetReference("targetKeyId", id, REGION));
        assertInstanceOf(KeyReference.ById.class, AliasRules.targetReference("targetKeyId", REGION.keyArn(id), REGION));
        KmsException byName = assertThrows(KmsException.class,
                () -> AliasRules.targetReference("targetKeyId", "alias/app", REGION));
        assertEquals(KmsError.ValidationException, byName.error());
        assertTrue(byName.getMessage().contains("targetKeyId"));
        KmsException byArn = assertThrows(KmsException.class,
                () -> AliasRules.targetReference("targetKeyId", REGION.aliasArn("alias/app"), REGION));
        assertEquals(KmsError.ValidationException, byArn.error());
    }

    @Test
    void retargetKeepsKeyTypeAndUsage() {
        Key symmetric = key(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT);
        Key otherSymmetric = key(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT);
        Key rsaEncrypt = key(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT);
        Key rsaSign = key(KeySpec.RSA_3072, KeyUsage.SIGN_VERIFY);
        Key eccSign = key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);
        Key hmac = key(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC);
        Key otherHmac = key(KeySpec.HMAC_512, KeyUsage.GENERATE_VERIFY_MAC);

        assertDoesNotThrow(() -> AliasRules.ensureCompatibleRetarget("alias/a", symmetric, otherSymmetric));
        assertDoesNotThrow(() -> AliasRules.ensureCompatibleRetarget("alias/a", rsaSign, eccSign));
        assertDoesNotThrow(() -> AliasRules.ensureCompatibleRetarget("alias/a", hmac, otherHmac));
        assertRefused(symmetric, rsaEncrypt);
        assertRefused(rsaEncrypt, rsaSign);
        assertRefused(hmac, symmetric);
        assertRefused(eccSign, hmac);
    }

    private static void assertRefused(Key current, Key next) {
        KmsException e = assertThrows(KmsException.class,
                () -> AliasRules.ensureCompatibleRetarget("alias/a", current, next));
        assertEquals(KmsError.ValidationException, e.error());
        assertTrue(e.getMessage().contains("targetKeyId"), e.getMessage());
    }

    private static Key key(KeySpec spec, KeyUsage usage) {
        return Key.create(UUID.randomUUID().toString(), "", spec, usage, Origin.AWS_KMS, Instant.now());
    }
}
