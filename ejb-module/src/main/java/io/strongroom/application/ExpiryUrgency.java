package io.strongroom.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How soon imported key material expires, in the bands the console colours and the metrics count:
 * already expired (ValidTo reached), within 24 hours, within 7 days, later. Each band includes its
 * upper bound, as material counts as expired from its ValidTo on.
 */
public enum ExpiryUrgency {
    EXPIRED(Duration.ZERO),
    UNDER_24_HOURS(Duration.ofHours(24)),
    UNDER_7_DAYS(Duration.ofDays(7)),
    LATER(null);

    /** Time left up to which (inclusive) material is in this band; null: no upper bound. */
    private final Duration upTo;

    ExpiryUrgency(Duration upTo) {
        this.upTo = upTo;
    }

    public static ExpiryUrgency of(Instant validTo, Instant now) {
        for (ExpiryUrgency urgency : values()) {
            if (urgency.upTo == null || !validTo.isAfter(now.plus(urgency.upTo))) {
                return urgency;
            }
        }
        throw new IllegalStateException("LATER has no upper bound");
    }

    /** ValidTo above which material is in this band (exclusive); null for EXPIRED. */
    Instant after(Instant now) {
        return this == EXPIRED ? null : values()[ordinal() - 1].until(now);
    }

    /** ValidTo up to which material is in this band (inclusive); null for LATER. */
    Instant until(Instant now) {
        return upTo == null ? null : now.plus(upTo);
    }

    /** The lower-case name the metrics label and the console's CSS classes use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
