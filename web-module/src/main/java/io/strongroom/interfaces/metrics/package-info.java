/**
 * Metrics for alerting, served by the application at {@code GET /prometheus} in the Prometheus text
 * exposition format (Payara's own MicroProfile Metrics owns {@code /metrics}): how long each key's
 * imported material has left, and how many keys fall in each urgency band. Read-only; optionally
 * behind a bearer token.
 */
package io.strongroom.interfaces.metrics;
