/**
 * Readiness for load balancers, orchestrators, the launcher and the benchmark, served by the
 * application at {@code GET /health}: free of any detail an attacker could use.
 */
package io.strongroom.interfaces.health;
