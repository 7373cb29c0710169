/**
 * The ready-made attacks of a hostile relay ({@link io.strongroom.relay.tamper.Tampers}): what a
 * network between two regions can do to a replication message, so that tests can show the regions
 * accept none of it.
 */
package io.strongroom.relay.tamper;
