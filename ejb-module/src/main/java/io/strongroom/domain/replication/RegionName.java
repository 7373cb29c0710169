package io.strongroom.domain.replication;

import io.strongroom.client.KmsException;
import java.util.regex.Pattern;

/** The shape of a region name in the partition (KMS-SPEC §6: {@code ^([a-z]+-){2,3}\d+$}), as peers and messages use it. */
public final class RegionName {

    public static final Pattern PATTERN = Pattern.compile("([a-z]+-){2,3}\\d+");
    /** Bounds the wire encoding (one length byte) and the columns; real names are under 20 characters. */
    public static final int MAX_LENGTH = 64;

    private RegionName() {
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && PATTERN.matcher(name).matches();
    }

    /** The name if it is well formed; ValidationException naming the field otherwise. */
    public static String require(String field, String name) {
        if (!isValid(name)) {
            throw KmsException.validation(field, "Member must satisfy regular expression pattern: ^([a-z]+-){2,3}\\d+$"
                    + " and have length less than or equal to " + MAX_LENGTH);
        }
        return name;
    }
}
