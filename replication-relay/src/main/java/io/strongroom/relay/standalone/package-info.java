/**
 * The {@code bin/replication-relay} command: the relay as its own process, configured by a JSON
 * routing file. It never records messages and has no hostile mode.
 */
package io.strongroom.relay.standalone;
