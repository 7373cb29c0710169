package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The urgency bands of expiring material and their edges. */
class ExpiryUrgencyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void materialIsExpiredFromItsValidToOn() {
        assertEquals(ExpiryUrgency.EXPIRED, ExpiryUrgency.of(NOW, NOW));
        assertEquals(ExpiryUrgency.EXPIRED, ExpiryUrgency.of(NOW.minusSeconds(3600), NOW));
        assertEquals(ExpiryUrgency.UNDER_24_HOURS, ExpiryUrgency.of(NOW.plusMillis(1), NOW));
    }

    @Test
    void eachBandIncludesItsUpperBound() {
        assertEquals(ExpiryUrgency.UNDER_24_HOURS, ExpiryUrgency.of(NOW.plus(Duration.ofHours(24)), NOW));
        assertEquals(ExpiryUrgency.UNDER_7_DAYS, ExpiryUrgency.of(NOW.plus(Duration.ofHours(24)).plusSeconds(1), NOW));
        assertEquals(ExpiryUrgency.UNDER_7_DAYS, ExpiryUrgency.of(NOW.plus(Duration.ofDays(7)), NOW));
        assertEquals(ExpiryUrgency.LATER, ExpiryUrgency.of(NOW.plus(Duration.ofDays(7)).plusSeconds(1), NOW));
        assertEquals(ExpiryUrgency.LATER, ExpiryUrgency.of(NOW.plus(Duration.ofDays(365)), NOW));
    }

    @Test
    void boundsOfTheBandsJoinWithoutGaps() {
        assertEquals(null, ExpiryUrgency.EXPIRED.after(NOW));
        assertEquals(NOW, ExpiryUrgency.EXPIRED.until(NOW));
        assertEquals(NOW, ExpiryUrgency.UNDER_24_HOURS.after(NOW));
        assertEquals(NOW.plus(Duration.ofHours(24)), ExpiryUrgency.UNDER_7_DAYS.after(NOW));
        assertEquals(NOW.plus(Duration.ofDays(7)), ExpiryUrgency.LATER.after(NOW));
        assertEquals(null, ExpiryUrgency.LATER.until(NOW));
    }

    @Test
    void labelsAreTheMetricLabelValues() {
        assertEquals("expired", ExpiryUrgency.EXPIRED.label());
        assertEquals("under_24_hours", ExpiryUrgency.UNDER_24_HOURS.label());
        assertEquals("under_7_days", ExpiryUrgency.UNDER_7_DAYS.label());
        assertEquals("later", ExpiryUrgency.LATER.label());
    }
}
