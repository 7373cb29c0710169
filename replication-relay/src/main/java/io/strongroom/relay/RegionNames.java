package io.strongroom.relay;

import java.util.regex.Pattern;

/**
 * The shape of a region name in a partition (KMS-SPEC §6: {@code ^([a-z]+-){2,3}\d+$}). The relay
 * routes only names of this shape, which also makes them safe to echo in its errors and logs.
 */
public final class RegionNames {

    public static final Pattern PATTERN = Pattern.compile("([a-z]+-){2,3}\\d+");
    /** Bounds what the relay echoes; real names are under 20 characters. */
    public static final int MAX_LENGTH = 64;

    private RegionNames() {
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && PATTERN.matcher(name).matches();
    }

    /** The name if it is well formed. */
    public static String require(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("not a region name (^([a-z]+-){2,3}\\d+$): " + shown(name));
        }
        return name;
    }

    /** A name as an error message may show it: at most 64 printable ASCII characters. */
    private static String shown(String name) {
        if (name == null) {
            return "null";
        }
        String printable = name.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= MAX_LENGTH ? printable : printable.substring(0, MAX_LENGTH) + "...";
    }
}
