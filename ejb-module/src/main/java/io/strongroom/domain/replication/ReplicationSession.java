package io.strongroom.domain.replication;

import io.strongroom.domain.KeySpec;
import java.time.Instant;

/**
 * A session this region opened as requester and whose answer it awaits. It keeps what the answer
 * is checked against and the requester's agreement key, whose private half is sealed under the
 * root key and bound to the session id; closing the session deletes it.
 *
 * @param awaiting          the answer type expected (a REFUSAL is always accepted instead)
 * @param expectedKeySpec   for material: the spec asked for, or null
 * @param materialVersion   for a fingerprint: the version asked about, else 0
 */
public record ReplicationSession(byte[] sessionId, String peerRegion, String keyId, MessageType awaiting,
                                 KeySpec expectedKeySpec, int materialVersion, byte[] agreementPublicKey,
                                 byte[] sealedAgreementKey, Instant createdAt, Instant expiresAt) {
}
