package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateKeyFormTest {

    private static TagRow row(String key, String value) {
        TagRow row = new TagRow();
        row.setTagKey(key);
        row.setTagValue(value);
        return row;
    }

    @Test
    void requestCarriesDescriptionSpecAndTags() {
        CreateKeyRequest request = CreateKeyForm.request("payments", "SYMMETRIC_DEFAULT",
                List.of(row("team", "core"), row("env", null)));

        assertEquals("payments", request.description());
        assertEquals("SYMMETRIC_DEFAULT", request.keySpec());
        assertNull(request.keyUsage());
        assertNull(request.origin());
        assertEquals(List.of(new Tag("team", "core"), new Tag("env", "")), request.tags());
    }

    @Test
    void emptyTagLinesAndBlankDescriptionAreDropped() {
        CreateKeyRequest request = CreateKeyForm.request("  ", "SYMMETRIC_DEFAULT",
                List.of(row(null, null), row(" ", ""), row("team", "core")));

        assertNull(request.description());
        assertEquals(List.of(new Tag("team", "core")), request.tags());
    }

    @Test
    void aValueWithoutKeyIsSentForTheServiceToReject() {
        CreateKeyRequest request = CreateKeyForm.request(null, "SYMMETRIC_DEFAULT", List.of(row("", "orphan")));

        assertEquals(List.of(new Tag("", "orphan")), request.tags());
    }
}
