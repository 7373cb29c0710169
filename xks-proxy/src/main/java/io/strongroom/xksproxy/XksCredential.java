package io.strongroom.xksproxy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One SigV4 credential KMS signs its proxy calls with, in the shape KMS requires
 * (KMS-SPEC §5.1): an AccessKeyId of 20–30 characters from {@code [A-Z2-7]} and a secret of 43–64
 * characters from {@code [A-Za-z0-9+/=]}. A logical key store accepts several at once so they
 * can be rotated. {@link #toString()} never shows the secret.
 */
public record XksCredential(String accessKeyId, String secretAccessKey) {

    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Z2-7]{20,30}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9+/=]{43,64}");
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    public XksCredential {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (!ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            throw new IllegalArgumentException("accessKeyId must be 20-30 characters from [A-Z2-7]");
        }
        if (!SECRET.matcher(secretAccessKey).matches()) {
            throw new IllegalArgumentException("secretAccessKey must be 43-64 characters from [A-Za-z0-9+/=]");
        }
    }

    /** A fresh credential: a 24-character access key id and the base64 of 32 random bytes. */
    public static XksCredential generate() {
        StringBuilder id = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            id.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new XksCredential(id.toString(), Base64.getEncoder().encodeToString(secret));
    }

    @Override
    public String toString() {
        return "XksCredential[" + accessKeyId + "]";
    }
}
