/**
 * Metrics for alerting, served by the application at {@code GET /prometheus} in the Prometheus text
 * exposition format (Payara's own MicroProfile Metrics owns {@code /metrics}): how long each key's
 * imported material has left, how many keys fall in each urgency band, and each external key
 * store's connection, health report and proxy calls. Read-only; optionally behind a bearer token.
 */
package io.strongroom.interfaces.metrics;
