package io.strongroom.interfaces.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which Authorization headers the metrics token accepts. */
class BearerTokenTest {

    private static final String TOKEN = "s3cret-metrics-token";

    @Test
    void acceptsTheTokenAsBearer() {
        assertTrue(BearerToken.matches(TOKEN, "Bearer " + TOKEN));
        assertTrue(BearerToken.matches(TOKEN, "bearer " + TOKEN + " "));
    }

    @Test
    void refusesAnythingElse() {
        assertFalse(BearerToken.matches(TOKEN, null));
        assertFalse(BearerToken.matches(TOKEN, ""));
        assertFalse(BearerToken.matches(TOKEN, "Bearer"));
        assertFalse(BearerToken.matches(TOKEN, "Bearer "));
        assertFalse(BearerToken.matches(TOKEN, TOKEN));
        assertFalse(BearerToken.matches(TOKEN, "Basic " + TOKEN));
        assertFalse(BearerToken.matches(TOKEN, "Bearer " + TOKEN + "x"));
        assertFalse(BearerToken.matches(TOKEN, "Bearer " + TOKEN.substring(1)));
    }
}
