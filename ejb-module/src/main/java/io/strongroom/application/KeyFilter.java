package io.strongroom.application;

/**
 * Console key-list filter; every member is optional (null = no filter). Text members match
 * case-insensitively as substrings; keyState, keySpec, origin and customKeyStoreId match exactly.
 */
public record KeyFilter(String alias, String keyId, String keyState, String keySpec, String origin,
                        String customKeyStoreId) {

    /** A filter over keys in any store (or none). */
    public KeyFilter(String alias, String keyId, String keyState, String keySpec, String origin) {
        this(alias, keyId, keyState, keySpec, origin, null);
    }

    public static KeyFilter none() {
        return new KeyFilter(null, null, null, null, null, null);
    }

    /** The keys of one external key store, as its page lists them. */
    public static KeyFilter inStore(String customKeyStoreId) {
        return new KeyFilter(null, null, null, null, null, customKeyStoreId);
    }
}
