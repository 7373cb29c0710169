package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeyIdsTest {

    private static final Pattern MULTI_REGION = Pattern.compile("mrk-[0-9a-f]{32}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final RegionIdentity REGION = new RegionIdentity("us-east-1", "111122223333");

    @Test
    void multiRegionIdsAreMrkAnd32LowercaseHexDigitsThatKeyIdFieldsAccept() {
        for (int i = 0; i < 200; i++) {
            String id = KeyIds.multiRegion();
            assertTrue(MULTI_REGION.matcher(id).matches(), id);
            assertEquals(new KeyReference.ById(id), KeyReference.parse("keyId", id, REGION));
            assertInstanceOf(KeyReference.ById.class, KeyReference.parse("keyId", REGION.keyArn(id), REGION));
        }
    }

    @Test
    void singleRegionIdsAreUuids() {
        String id = KeyIds.singleRegion();
        assertTrue(UUID.matcher(id).matches(), id);
        assertEquals(new KeyReference.ById(id), KeyReference.parse("keyId", id, REGION));
    }

    @Test
    void idsAreRandomNotSequential() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(KeyIds.multiRegion());
        }
        assertEquals(1000, seen.size());
        // Every hex digit position varies across ids; a counter or timestamp would fix the leading ones.
        for (int position = 4; position < 36; position++) {
            int at = position;
            assertTrue(seen.stream().map(id -> id.charAt(at)).distinct().count() > 1, "position " + position);
        }
    }
}
