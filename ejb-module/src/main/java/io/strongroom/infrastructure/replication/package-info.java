/** The replication transport: messages to peer regions through the relay. Opaque bytes only; no verification here. */
package io.strongroom.infrastructure.replication;
