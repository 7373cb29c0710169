/**
 * The replication protocol's flows, without transport: the requester side (open a session, accept
 * the answer), the responder side (verify a request, answer it), the verification every incoming
 * message passes, this region's signing-key custody and the peer registry. Plain classes over the
 * domain repositories and the crypto boundary, so that two regions can talk in a unit test; the
 * services, the /replication endpoint and the relay call them.
 */
package io.strongroom.application.replication;
