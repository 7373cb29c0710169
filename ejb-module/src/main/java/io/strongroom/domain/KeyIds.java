package io.strongroom.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * New key ids in the two forms AWS uses (DESIGN.md): a UUID for a single-Region key, and
 * {@code mrk-} followed by 32 lowercase hex digits for a multi-Region key, which its replicas in
 * other Regions share. Both are random, so ids reveal nothing about when or where a key was made.
 */
public final class KeyIds {

    public static final String MULTI_REGION_PREFIX = "mrk-";
    private static final int MULTI_REGION_RANDOM_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyIds() {
    }

    public static String singleRegion() {
        return UUID.randomUUID().toString();
    }

    public static String multiRegion() {
        byte[] random = new byte[MULTI_REGION_RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return MULTI_REGION_PREFIX + HexFormat.of().formatHex(random);
    }
}
