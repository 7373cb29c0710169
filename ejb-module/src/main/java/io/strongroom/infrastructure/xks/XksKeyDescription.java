package io.strongroom.infrastructure.xks;

import java.util.List;

/** A GetKeyMetadata answer. CreateKey needs AES_256, ENCRYPT and DECRYPT, and ENABLED. */
public record XksKeyDescription(String keySpec, List<String> keyUsage, String keyStatus) {

    public boolean usableForNewKey() {
        return "AES_256".equals(keySpec) && keyUsage.contains("ENCRYPT") && keyUsage.contains("DECRYPT")
                && "ENABLED".equals(keyStatus);
    }
}
