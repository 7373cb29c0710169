package io.strongroom.application;

import java.time.Instant;

/**
 * A store was moved to CONNECTING; its connection attempt starts once that change has committed.
 *
 * @param attemptedAt the store's connection_changed_at for this attempt: a later attempt or a
 *                    disconnect changes it, and the older attempt's outcome is then dropped
 * @param requestedBy who asked, for the audit event of the outcome
 */
public record ConnectionRequested(String customKeyStoreId, Instant attemptedAt, CallerContext requestedBy) {
}
