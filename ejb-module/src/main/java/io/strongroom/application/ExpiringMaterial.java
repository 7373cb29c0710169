package io.strongroom.application;

import java.time.Instant;
import java.util.List;

/**
 * One key whose imported material has a ValidTo, as the "Expiring material" screen and the key
 * page's banner show it. keyState is the effective state: material past its ValidTo makes an
 * Enabled or Disabled key PendingImport even before the sweep has deleted it.
 */
public record ExpiringMaterial(String keyId, String arn, List<String> aliases, String description, String keyState,
                               Instant validTo, long secondsLeft, ExpiryUrgency urgency) {
}
