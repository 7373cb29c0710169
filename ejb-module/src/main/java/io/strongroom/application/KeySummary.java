package io.strongroom.application;

import java.time.Instant;
import java.util.List;

/** One row of the console's key list. */
public record KeySummary(String keyId, String arn, List<String> aliases, String keyState, String keySpec,
                         String origin, Instant creationDate, String description) {
}
