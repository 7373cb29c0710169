/** Thin EJB timers: each delegates to one application service that works in bounded batches. */
package io.strongroom.infrastructure.timer;
