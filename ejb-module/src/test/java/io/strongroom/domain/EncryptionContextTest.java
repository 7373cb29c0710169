package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptionContextTest {

    @Test
    void orderOfEntriesDoesNotMatter() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertArrayEquals(EncryptionContext.canonical(ab), EncryptionContext.canonical(ba));
    }

    @Test
    void differentContextsNeverEncodeAlike() {
        byte[] shifted1 = EncryptionContext.canonical(Map.of("ab", "c"));
        byte[] shifted2 = EncryptionContext.canonical(Map.of("a", "bc"));
        assertFalse(Arrays.equals(shifted1, shifted2));
        assertFalse(Arrays.equals(EncryptionContext.canonical(Map.of()), EncryptionContext.canonical(Map.of("", ""))));
        assertArrayEquals(EncryptionContext.canonical(null), EncryptionContext.canonical(Map.of()));
    }
}
