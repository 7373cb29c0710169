package io.strongroom.application;

/**
 * Console key-list filter; every member is optional (null = no filter). Text members match
 * case-insensitively as substrings; keyState, keySpec and origin match exactly.
 */
public record KeyFilter(String alias, String keyId, String keyState, String keySpec, String origin) {

    public static KeyFilter none() {
        return new KeyFilter(null, null, null, null, null);
    }
}
