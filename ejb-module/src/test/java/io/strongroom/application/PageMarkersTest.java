package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.AliasRules;
import org.junit.jupiter.api.Test;

class PageMarkersTest {

    @Test
    void limitDefaultsRangeAndCap() {
        assertEquals(50, PageMarkers.pageSize(null, 50, 100));
        assertEquals(1, PageMarkers.pageSize(1, 50, 100));
        assertEquals(100, PageMarkers.pageSize(1000, 50, 100));
        assertEquals(KmsError.ValidationException, assertThrows(KmsException.class,
                () -> PageMarkers.pageSize(0, 50, 100)).error());
        KmsException tooLarge = assertThrows(KmsException.class, () -> PageMarkers.pageSize(1001, 50, 100));
        assertEquals(KmsError.ValidationException, tooLarge.error());
        assertEquals(true, tooLarge.getMessage().contains("limit"));
    }

    @Test
    void markerRoundTripsTheLastName() {
        String marker = PageMarkers.encode("alias/team:app/prod_key-1");
        assertEquals("alias/team:app/prod_key-1", PageMarkers.decode(marker, AliasRules::wellFormed));
        assertNull(PageMarkers.decode(null, AliasRules::wellFormed));
    }

    @Test
    void foreignMarkersAreInvalidMarker() {
        assertEquals(KmsError.InvalidMarkerException, assertThrows(KmsException.class,
                () -> PageMarkers.decode("not base64 !", AliasRules::wellFormed)).error());
        assertEquals(KmsError.InvalidMarkerException, assertThrows(KmsException.class,
                () -> PageMarkers.decode(PageMarkers.encode("no spaces allowed"), AliasRules::wellFormed)).error());
    }
}
