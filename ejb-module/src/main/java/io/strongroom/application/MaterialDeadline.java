package io.strongroom.application;

import java.time.Instant;

/** One key's imported-material deadline, all the expiry metric needs per key. */
public record MaterialDeadline(String keyId, String arn, Instant validTo) {
}
