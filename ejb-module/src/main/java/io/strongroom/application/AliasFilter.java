package io.strongroom.application;

/**
 * Console alias-list filter; both members are optional (null = no filter) and match
 * case-insensitively as substrings: of the alias name, and of the target key's id.
 */
public record AliasFilter(String aliasName, String targetKeyId) {

    public static AliasFilter none() {
        return new AliasFilter(null, null);
    }
}
