package io.strongroom.domain.replication;

import io.strongroom.client.KmsException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fingerprint of a replication signing key: SHA-256 of its DER SubjectPublicKeyInfo, shown as
 * lower-case hex pairs separated by colons, which is what
 * {@code openssl pkey -pubin -in rsk.pem -outform DER | openssl dgst -sha256 -c} prints. An
 * administrator compares it out of band before a peer's key is trusted.
 */
public final class KeyFingerprint {

    public static final int LENGTH = 32;
    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":");
    private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-f]{" + 2 * LENGTH + "}");

    private KeyFingerprint() {
    }

    public static byte[] of(byte[] subjectPublicKeyInfo) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(subjectPublicKeyInfo);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    public static String format(byte[] fingerprint) {
        return COLON_HEX.formatHex(fingerprint);
    }

    /**
     * Reads a fingerprint an administrator typed: 64 hex digits, upper or lower case, with or
     * without colons between the pairs. Anything else is a ValidationException.
     */
    public static byte[] parse(String field, String text) {
        String compact = text == null ? "" : text.trim().replace(":", "").toLowerCase(Locale.ROOT);
        if (!HEX_DIGITS.matcher(compact).matches()) {
            throw KmsException.validation(field,
                    "Member must be a SHA-256 fingerprint: 32 hexadecimal byte values, optionally separated by colons");
        }
        return HexFormat.of().parseHex(compact);
    }
}
