package io.strongroom.xksproxy.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class XksCipherTest {

    private static final byte[] AAD = "project=nile,department=marketing".getBytes(StandardCharsets.US_ASCII);
    private static final SecretKeySpec KEY = new SecretKeySpec(new byte[32], "AES");

    @Test
    void integrityValueMatchesTheSpecificationsTestVector() {
        Base64.Decoder base64 = Base64.getDecoder();
        GcmSealed sealed = new GcmSealed(base64.decode("ghxkK1txeDNn3q8Y"), base64.decode("HMrlRw85cAJUd5Ax"),
                base64.decode("vBxN2ncH1oEkR8WVXpmyYQ=="), "key_version=1".getBytes(StandardCharsets.US_ASCII));
        assertEquals("qHA/ImC9h5HsLRXqCyPmWgYx7tzyoTplzILbP0fPXsc=",
                Base64.getEncoder().encodeToString(XksCipher.integrityValue(AAD, sealed)));
    }

    @Test
    void gcmAadIsLengthPrefixedAadThenLengthPrefixedMetadata() {
        assertEquals("0003616263" + "02" + "7879",
                HexFormat.of().formatHex(XksCipher.gcmAad("abc".getBytes(StandardCharsets.US_ASCII),
                        "xy".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("0000" + "00", HexFormat.of().formatHex(XksCipher.gcmAad(new byte[0], new byte[0])));
        assertEquals("2000", HexFormat.of().formatHex(XksCipher.gcmAad(new byte[8192], new byte[0])).substring(0, 4));
    }

    @Test
    void metadataIsAuthenticatedWithTheAad() throws Exception {
        byte[] plaintext = "plaintext".getBytes(StandardCharsets.US_ASCII);
        GcmSealed sealed = XksCipher.encrypt(KEY, plaintext, AAD);
        assertArrayEquals(plaintext, XksCipher.decrypt(KEY, sealed, AAD));
        GcmSealed otherMetadata = new GcmSealed(sealed.ciphertext(), sealed.initializationVector(),
                sealed.authenticationTag(), "key_version=2".getBytes(StandardCharsets.US_ASCII));
        assertThrows(InvalidCiphertextException.class, () -> XksCipher.decrypt(KEY, otherMetadata, AAD));
        // Moving bytes between the AAD and the metadata keeps their concatenation but not the length prefixes.
        GcmSealed shifted = new GcmSealed(sealed.ciphertext(), sealed.initializationVector(), sealed.authenticationTag(),
                ("g" + new String(sealed.ciphertextMetadata(), StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII));
        byte[] shorterAad = java.util.Arrays.copyOf(AAD, AAD.length - 1);
        assertThrows(InvalidCiphertextException.class, () -> XksCipher.decrypt(KEY, shifted, shorterAad));
    }
}
