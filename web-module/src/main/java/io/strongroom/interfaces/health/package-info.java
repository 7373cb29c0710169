/**
 * Readiness for load balancers, orchestrators and the launcher, served by Payara at /health:
 * free of any detail an attacker could use.
 */
package io.strongroom.interfaces.health;
