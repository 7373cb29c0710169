package io.strongroom.application;

/**
 * Filter of the "Expiring material" screen; every member is optional (null = no filter). keyId and
 * alias match case-insensitively as substrings, keyState the effective state exactly.
 */
public record ExpiringMaterialFilter(String keyId, String alias, String keyState, ExpiryUrgency urgency) {

    public static ExpiringMaterialFilter none() {
        return new ExpiringMaterialFilter(null, null, null, null);
    }
}
