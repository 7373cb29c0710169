/**
 * Multi-region replication, the parts that hold no secret: the signed message format and its
 * canonical encoding, the refusal codes, region names and signing-key fingerprints, and the
 * repositories for this region's signing keys, its registered peers, its open sessions, the
 * messages it has already seen, the outbox of topology notices and the replicas that lack
 * material from their primary. The cryptography lives in the crypto boundary
 * ({@code infrastructure.crypto.ReplicationBoundary}); docs/replication-protocol.md describes both.
 */
package io.strongroom.domain.replication;
