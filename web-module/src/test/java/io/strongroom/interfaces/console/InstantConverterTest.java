package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void showsUtc() {
        assertEquals("2026-11-23 08:57:33 UTC",
                converter.getAsString(null, null, Instant.parse("2026-11-23T08:57:33.250Z")));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", converter.getAsString(null, null, null));
        assertNull(converter.getAsObject(null, null, " "));
    }

    @Test
    void parsesWhatItShows() {
        assertEquals(Instant.parse("2026-11-23T08:57:33Z"),
                converter.getAsObject(null, null, "2026-11-23 08:57:33 UTC"));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "yesterday"));
    }
}
