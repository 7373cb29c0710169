package io.strongroom.infrastructure.crypto.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The import token: round trip, size, and every way a presented token can be wrong. */
class ImportTokenTest {

    private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String WRAPPING_KEY_ID = UUID.randomUUID().toString();
    private static final Instant ISSUED = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final Clock AT_ISSUE = Clock.fixed(ISSUED, ZoneOffset.UTC);

    private final byte[] macKey = ImportedMaterialValidatorTest.random(32);

    @Test
    void aTokenOpensToWhatWasIssuedForItsKey() {
        ImportToken issued = ImportToken.issue(KEY_ID, WRAPPING_KEY_ID, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256,
                WrappingKeySpec.RSA_4096, AT_ISSUE);

        ImportToken opened = ImportToken.open(issued.encode(macKey), macKey, KEY_ID, at(ISSUED.plusSeconds(3600)));

        assertEquals(issued, opened);
        assertEquals(WRAPPING_KEY_ID, opened.wrappingKeyId());
        assertEquals(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, opened.wrappingAlgorithm());
        assertEquals(WrappingKeySpec.RSA_4096, opened.wrappingKeySpec());
        assertEquals(Instant.parse("2026-11-24T10:15:30.123Z"), opened.expiresAt());
    }

    @Test
    void aTokenFitsTheAwsLimitEvenWithAnArnSizedKeyId() {
        String longKeyId = "arn:aws:kms:eu-central-1:111122223333:key/" + "k".repeat(900);
        byte[] token = ImportToken.issue(longKeyId, WRAPPING_KEY_ID, WrappingAlgorithm.RSAES_OAEP_SHA_1,
                WrappingKeySpec.RSA_2048, AT_ISSUE).encode(macKey);

        assertTrue(token.length <= ImportToken.MAX_LENGTH);
        assertEquals(longKeyId, ImportToken.open(token, macKey, longKeyId, AT_ISSUE).keyId());
    }

    @Test
    void everyChangedByteMakesTheTokenInvalid() {
        byte[] token = token();
        for (int i = 0; i < token.length; i++) {
            byte[] tampered = token.clone();
            tampered[i] ^= 0x20;
            assertInvalid(tampered, macKey, KEY_ID, AT_ISSUE);
        }
    }

    @Test
    void truncatedExtendedOrEmptyTokensAreInvalid() {
        byte[] token = token();

        assertInvalid(Arrays.copyOf(token, token.length - 1), macKey, KEY_ID, AT_ISSUE);
        assertInvalid(Arrays.copyOf(token, token.length + 1), macKey, KEY_ID, AT_ISSUE);
        assertInvalid(Arrays.copyOf(token, 33), macKey, KEY_ID, AT_ISSUE);
        assertInvalid(new byte[0], macKey, KEY_ID, AT_ISSUE);
        assertInvalid(null, macKey, KEY_ID, AT_ISSUE);
        assertInvalid(new byte[ImportToken.MAX_LENGTH + 1], macKey, KEY_ID, AT_ISSUE);
    }

    @Test
    void aTokenForAnotherKeyOrUnderAnotherMacKeyIsInvalid() {
        byte[] token = token();

        assertInvalid(token, macKey, "0000abcd-12ab-34cd-56ef-1234567890ab", AT_ISSUE);
        assertInvalid(token, ImportedMaterialValidatorTest.random(32), KEY_ID, AT_ISSUE);
    }

    @Test
    void aTokenExpires24HoursAfterIssue() {
        byte[] token = token();
        Instant expiry = ISSUED.plus(Duration.ofHours(24)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        ImportToken.open(token, macKey, KEY_ID, at(expiry.minusMillis(1)));
        KmsException atExpiry = assertThrows(KmsException.class, () -> ImportToken.open(token, macKey, KEY_ID, at(expiry)));
        KmsException later = assertThrows(KmsException.class, () -> ImportToken.open(token, macKey, KEY_ID,
                at(expiry.plus(Duration.ofDays(30)))));

        assertEquals(KmsError.ExpiredImportTokenException, atExpiry.error());
        assertEquals(KmsError.ExpiredImportTokenException, later.error());
        assertTrue(atExpiry.getMessage().contains("GetParametersForImport"), atExpiry.getMessage());
    }

    /** Expiry is judged only on authentic tokens: a forged, expired one is invalid, not expired. */
    @Test
    void theMacIsCheckedBeforeExpiryAndBeforeTheKeyBinding() {
        byte[] token = token();
        token[token.length - 1] ^= 1;

        assertInvalid(token, macKey, KEY_ID, at(ISSUED.plus(Duration.ofDays(2))));
    }

    /** A correctly MACed token of an unknown layout (a later version, say) is refused, not misread. */
    @Test
    void anAuthenticTokenOfAnotherVersionIsInvalid() throws Exception {
        byte[] token = token();
        byte[] body = Arrays.copyOf(token, token.length - 32);
        body[0] = 2;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
        mac.update("strongroom/import-token".getBytes(StandardCharsets.US_ASCII));
        byte[] remade = ByteBuffer.allocate(token.length).put(body).put(mac.doFinal(body)).array();
        byte[] control = ByteBuffer.allocate(token.length).put(Arrays.copyOf(token, token.length - 32))
                .put(macOf(Arrays.copyOf(token, token.length - 32))).array();

        assertEquals(KEY_ID, ImportToken.open(control, macKey, KEY_ID, AT_ISSUE).keyId());
        assertInvalid(remade, macKey, KEY_ID, AT_ISSUE);
    }

    @Test
    void theMessagesNameNoSecret() {
        KmsException e = assertThrows(KmsException.class, () -> ImportToken.open(token(), ImportedMaterialValidatorTest
                .random(32), KEY_ID, AT_ISSUE));

        assertFalse(e.getMessage().contains(WRAPPING_KEY_ID), e.getMessage());
    }

    @Test
    void aShortMacKeyIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ImportToken.issue(KEY_ID, WRAPPING_KEY_ID,
                WrappingAlgorithm.RSAES_OAEP_SHA_1, WrappingKeySpec.RSA_2048, AT_ISSUE).encode(new byte[16]));
    }

    private byte[] macOf(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
        mac.update("strongroom/import-token".getBytes(StandardCharsets.US_ASCII));
        return mac.doFinal(body);
    }

    private byte[] token() {
        return ImportToken.issue(KEY_ID, WRAPPING_KEY_ID, WrappingAlgorithm.RSAES_OAEP_SHA_256,
                WrappingKeySpec.RSA_3072, AT_ISSUE).encode(macKey);
    }

    private static void assertInvalid(byte[] token, byte[] macKey, String keyId, Clock clock) {
        KmsException e = assertThrows(KmsException.class, () -> ImportToken.open(token, macKey, keyId, clock));
        assertEquals(KmsError.InvalidImportTokenException, e.error());
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
