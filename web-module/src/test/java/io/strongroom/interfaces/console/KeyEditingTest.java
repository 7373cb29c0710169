package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KeyEditingTest {

    @Test
    void aPolicyFromTheEditorIsStoredWithLineFeeds() {
        assertEquals("{\n  \"Version\" : \"2012-10-17\"\n}", KeyEditing.withLineFeeds("{\r\n  \"Version\" : \"2012-10-17\"\r\n}"));
    }

    @Test
    void aPolicyWithLineFeedsOrOnOneLineIsKeptAsTyped() {
        assertEquals("{\n}", KeyEditing.withLineFeeds("{\n}"));
        assertEquals("{\"Version\":\"2012-10-17\"}", KeyEditing.withLineFeeds("{\"Version\":\"2012-10-17\"}"));
    }

    @Test
    void noPolicyStaysNoPolicyForTheServiceToReject() {
        assertNull(KeyEditing.withLineFeeds(null));
    }
}
