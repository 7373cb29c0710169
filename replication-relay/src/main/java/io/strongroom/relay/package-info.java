/**
 * The replication relay: regions of a partition hand it signed replication messages addressed to
 * another region, and it forwards them without being able to read, alter or forge one unnoticed,
 * because only the two regions hold the keys that sign and encrypt them.
 *
 * <p>Entry point: {@link io.strongroom.relay.ReplicationRelay#start(RelayConfiguration)} with a
 * configuration built by {@link io.strongroom.relay.RelayConfiguration#builder()}. Tests switch a
 * running relay to a hostile one with {@link io.strongroom.relay.ReplicationRelay#hostile(Tamper)};
 * the {@code tamper} package holds the ready-made attacks. {@code standalone} is the
 * {@code bin/replication-relay} command. This module depends on no other Strongroom module.
 */
package io.strongroom.relay;
