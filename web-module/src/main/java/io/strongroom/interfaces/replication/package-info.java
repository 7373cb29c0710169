/**
 * The replication endpoint peer regions reach through the relay: opaque signed messages in, signed
 * messages or bare statuses out. No SigV4 and no console session: a message is authenticated by
 * its replication signing key signature alone, which the application layer verifies.
 */
package io.strongroom.interfaces.replication;
