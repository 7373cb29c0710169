package io.strongroom.interfaces.console;

/**
 * Time left until a ValidTo in words, as an operator reads it at a glance ("in 2 days 4 hours",
 * "expired 5 minutes ago"): the two largest units only, since the exact instant is shown beside it.
 */
final class ExpiryWords {

    private ExpiryWords() {
    }

    static String timeLeft(long secondsLeft) {
        if (secondsLeft > 0) {
            return "in " + span(secondsLeft);
        }
        return secondsLeft == 0 ? "expired just now" : "expired " + span(-secondsLeft) + " ago";
    }

    /** A non-negative duration in its two largest units, e.g. "2 days 4 hours" or "45 seconds". */
    static String span(long seconds) {
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return unit(days, "day") + (hours > 0 ? " " + unit(hours, "hour") : "");
        }
        if (hours > 0) {
            return unit(hours, "hour") + (minutes > 0 ? " " + unit(minutes, "minute") : "");
        }
        return minutes > 0 ? unit(minutes, "minute") : unit(seconds, "second");
    }

    private static String unit(long count, String name) {
        return count + " " + name + (count == 1 ? "" : "s");
    }
}
