package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Time left until a ValidTo, in words. */
class ExpiryWordsTest {

    @Test
    void futureDeadlinesShowTheTwoLargestUnits() {
        assertEquals("in 2 days 4 hours", ExpiryWords.timeLeft(2 * 86_400 + 4 * 3_600 + 59 * 60));
        assertEquals("in 1 day", ExpiryWords.timeLeft(86_400 + 59));
        assertEquals("in 3 hours 12 minutes", ExpiryWords.timeLeft(3 * 3_600 + 12 * 60 + 5));
        assertEquals("in 1 hour", ExpiryWords.timeLeft(3_600));
        assertEquals("in 45 minutes", ExpiryWords.timeLeft(45 * 60 + 30));
        assertEquals("in 1 second", ExpiryWords.timeLeft(1));
    }

    @Test
    void pastDeadlinesSayHowLongAgo() {
        assertEquals("expired just now", ExpiryWords.timeLeft(0));
        assertEquals("expired 30 seconds ago", ExpiryWords.timeLeft(-30));
        assertEquals("expired 2 hours ago", ExpiryWords.timeLeft(-2 * 3_600));
        assertEquals("expired 3 days 1 hour ago", ExpiryWords.timeLeft(-(3 * 86_400 + 3_600)));
    }
}
