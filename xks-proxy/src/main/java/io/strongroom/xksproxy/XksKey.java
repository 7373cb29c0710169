package io.strongroom.xksproxy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One AES-256 key of a logical key store as the configuration declares it: its external key id
 * (the XksKeyId KMS refers to), what it may do and whether the external key manager has it
 * enabled. The material itself lives in the proxy's keystore, never here. Keys that lack a usage
 * or are disabled exist so clients can be tested against InvalidKeyUsageException and
 * InvalidStateException.
 */
public record XksKey(String keyId, Set<KeyUsage> usages, boolean enabled) {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    public XksKey {
        Objects.requireNonNull(keyId, "keyId");
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("keyId must be 1-128 characters from [A-Za-z0-9._-]");
        }
        usages = usages.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(KeyUsage.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(usages));
    }

    /** An enabled key KMS accepts for CreateKey: ENCRYPT and DECRYPT. */
    public static XksKey encryptDecrypt(String keyId) {
        return new XksKey(keyId, EnumSet.allOf(KeyUsage.class), true);
    }

    public static XksKey encryptOnly(String keyId) {
        return new XksKey(keyId, EnumSet.of(KeyUsage.ENCRYPT), true);
    }

    public static XksKey decryptOnly(String keyId) {
        return new XksKey(keyId, EnumSet.of(KeyUsage.DECRYPT), true);
    }

    /** A key with both usages that the external key manager reports DISABLED. */
    public static XksKey disabled(String keyId) {
        return new XksKey(keyId, EnumSet.allOf(KeyUsage.class), false);
    }

    public boolean allows(KeyUsage usage) {
        return usages.contains(usage);
    }

    public XksKey withEnabled(boolean isEnabled) {
        return new XksKey(keyId, usages, isEnabled);
    }
}
