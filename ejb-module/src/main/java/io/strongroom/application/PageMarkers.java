package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Predicate;

/**
 * The paging vocabulary shared by the List* operations: a Limit checked against the model's
 * range and capped at the operation's page size, and an opaque Marker that carries the last
 * name of the previous page and is refused (InvalidMarkerException) unless this service could
 * have issued it.
 */
public final class PageMarkers {

    private PageMarkers() {
    }

    /** Limit [1..1000] as the model says; null means defaultSize; more than maxPageSize returns maxPageSize. */
    public static int pageSize(Integer limit, int defaultSize, int maxPageSize) {
        if (limit == null) {
            return defaultSize;
        }
        if (limit < 1 || limit > 1000) {
            throw KmsException.validation("limit", "Member must have value between 1 and 1000");
        }
        return Math.min(limit, maxPageSize);
    }

    public static String encode(String lastName) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastName.getBytes(StandardCharsets.UTF_8));
    }

    /** The last name of the previous page, or null for the first page. */
    public static String decode(String marker, Predicate<String> plausibleName) {
        if (marker == null) {
            return null;
        }
        try {
            String lastName = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (plausibleName.test(lastName)) {
                return lastName;
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the error below
        }
        throw new KmsException(KmsError.InvalidMarkerException, "The marker '" + marker + "' is not one this service issued");
    }
}
