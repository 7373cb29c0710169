package io.strongroom.infrastructure.crypto.imports;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ImportToken of GetParametersForImport: what ImportKeyMaterial needs to find the wrapping key
 * pair and to refuse a token meant for another key, algorithm or spec. The server keeps no token
 * table; the token is made tamper-evident instead: {@code version ‖ fields ‖ HMAC-SHA-256}, under a
 * MAC key the crypto boundary derives from the root key. Its fields are not secret.
 */
public record ImportToken(String keyId, String wrappingKeyId, WrappingAlgorithm wrappingAlgorithm,
                          WrappingKeySpec wrappingKeySpec, Instant issuedAt, Instant expiresAt) {

    /** ParametersValidTo = issue time + 24 hours. */
    public static final Duration VALIDITY = Duration.ofHours(24);
    /** The AWS model's bound on ImportToken. */
    public static final int MAX_LENGTH = 6144;
    public static final int MIN_MAC_KEY_LENGTH = 32;

    private static final byte VERSION = 1;
    private static final int MAC_LENGTH = 32;
    private static final int MAX_FIELD_LENGTH = 1024;
    /** Domain separation, so the token MAC can never be confused with another use of its key. */
    private static final byte[] MAC_LABEL = "strongroom/import-token".getBytes(StandardCharsets.US_ASCII);

    public ImportToken {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(wrappingKeyId, "wrappingKeyId");
        Objects.requireNonNull(wrappingAlgorithm, "wrappingAlgorithm");
        Objects.requireNonNull(wrappingKeySpec, "wrappingKeySpec");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A token issued now, valid for {@link #VALIDITY}; times are kept to the millisecond, as encoded. */
    public static ImportToken issue(String keyId, String wrappingKeyId, WrappingAlgorithm algorithm,
                                    WrappingKeySpec spec, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new ImportToken(keyId, wrappingKeyId, algorithm, spec, now, now.plus(VALIDITY));
    }

    /** The token bytes handed to the caller. */
    public byte[] encode(byte[] macKey) {
        requireMacKey(macKey);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            writeField(out, keyId);
            writeField(out, wrappingKeyId);
            writeField(out, wrappingAlgorithm.name());
            writeField(out, wrappingKeySpec.name());
            out.writeLong(issuedAt.toEpochMilli());
            out.writeLong(expiresAt.toEpochMilli());
            out.write(mac(macKey, bytes.toByteArray(), bytes.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Verifies and reads a token presented for {@code expectedKeyId}. Malformed, tampered, made under
     * another MAC key or issued for another key → InvalidImportTokenException; otherwise, if it is
     * past its expiry → ExpiredImportTokenException. The MAC is checked first, in constant time.
     */
    public static ImportToken open(byte[] token, byte[] macKey, String expectedKeyId, Clock clock) {
        requireMacKey(macKey);
        if (token == null || token.length <= MAC_LENGTH + 1 || token.length > MAX_LENGTH) {
            throw invalid();
        }
        int signedLength = token.length - MAC_LENGTH;
        byte[] presentedMac = Arrays.copyOfRange(token, signedLength, token.length);
        if (!MessageDigest.isEqual(mac(macKey, token, signedLength), presentedMac)) {
            throw invalid();
        }
        ImportToken parsed = parse(ByteBuffer.wrap(token, 0, signedLength));
        if (!parsed.keyId().equals(expectedKeyId)) {
            throw invalid();
        }
        if (!clock.instant().isBefore(parsed.expiresAt())) {
            throw new KmsException(KmsError.ExpiredImportTokenException, "The import token expired at "
                    + parsed.expiresAt() + "; call GetParametersForImport again and wrap the key material anew");
        }
        return parsed;
    }

    private static ImportToken parse(ByteBuffer in) {
        try {
            if (in.get() != VERSION) {
                throw invalid();
            }
            String keyId = readField(in);
            String wrappingKeyId = readField(in);
            WrappingAlgorithm algorithm = WrappingAlgorithm.valueOf(readField(in));
            WrappingKeySpec spec = WrappingKeySpec.valueOf(readField(in));
            Instant issuedAt = Instant.ofEpochMilli(in.getLong());
            Instant expiresAt = Instant.ofEpochMilli(in.getLong());
            if (in.hasRemaining() || !algorithm.isOffered() || !spec.isOffered()) {
                throw invalid();
            }
            return new ImportToken(keyId, wrappingKeyId, algorithm, spec, issuedAt, expiresAt);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            // Only reachable with a valid MAC, i.e. a token of a future version or a bug.
            throw invalid();
        }
    }

    private static void writeField(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException("An import token field is longer than " + MAX_FIELD_LENGTH + " bytes");
        }
        out.writeShort(utf8.length);
        out.write(utf8);
    }

    private static String readField(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        if (length > MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException("field too long");
        }
        byte[] utf8 = new byte[length];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static byte[] mac(byte[] macKey, byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            mac.update(MAC_LABEL);
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }

    private static void requireMacKey(byte[] macKey) {
        if (macKey == null || macKey.length < MIN_MAC_KEY_LENGTH) {
            throw new IllegalArgumentException("The import token MAC key must be at least " + MIN_MAC_KEY_LENGTH
                    + " bytes");
        }
    }

    private static KmsException invalid() {
        return new KmsException(KmsError.InvalidImportTokenException,
                "The import token is not valid for this key; use the ImportToken that GetParametersForImport "
                        + "returned for this key, unchanged");
    }
}
