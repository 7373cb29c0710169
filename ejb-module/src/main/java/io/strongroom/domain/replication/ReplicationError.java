package io.strongroom.domain.replication;

import io.strongroom.client.KmsError;

/**
 * Why a replication message was refused. Each refusal has its own code so that an operator (and
 * a test) can tell tampering from replay from misconfiguration; the KMS error is what a caller of
 * the surrounding operation sees. The order of the checks is in docs/replication-protocol.md.
 */
public enum ReplicationError {
    MALFORMED_MESSAGE(KmsError.ValidationException, "The message is not a well-formed replication message"),
    UNSUPPORTED_VERSION(KmsError.ValidationException, "The message uses an unsupported protocol version"),
    UNSIGNED_MESSAGE(KmsError.AccessDeniedException, "The message carries no signature"),
    UNKNOWN_PEER(KmsError.AccessDeniedException, "The source region is not a registered peer region"),
    UNKNOWN_SIGNING_KEY(KmsError.AccessDeniedException, "The signing key is not registered for the source region"),
    BAD_SIGNATURE(KmsError.AccessDeniedException, "The signature does not verify"),
    SIGNING_KEY_EXPIRED(KmsError.AccessDeniedException, "The signing key is outside its validity for the source region (rotated out)"),
    MISDIRECTED_MESSAGE(KmsError.AccessDeniedException, "The message is addressed to another region"),
    STALE_MESSAGE(KmsError.AccessDeniedException, "The message timestamp is too far in the past"),
    FUTURE_MESSAGE(KmsError.AccessDeniedException, "The message timestamp is too far in the future"),
    UNEXPECTED_MESSAGE(KmsError.AccessDeniedException, "The message type is not expected here"),
    UNEXPECTED_SEQUENCE(KmsError.AccessDeniedException, "The sequence number does not fit the message type"),
    REPLAYED_MESSAGE(KmsError.AccessDeniedException, "The message has been received before"),
    UNKNOWN_SESSION(KmsError.AccessDeniedException, "The message belongs to no session this region opened"),
    SESSION_EXPIRED(KmsError.AccessDeniedException, "The session has expired"),
    SOURCE_MISMATCH(KmsError.AccessDeniedException, "The message comes from another region than the session's peer"),
    KEY_MISMATCH(KmsError.AccessDeniedException, "The message names another key than its session"),
    MALFORMED_PAYLOAD(KmsError.ValidationException, "The message payload is not well formed for its type"),
    INVALID_AGREEMENT_KEY(KmsError.ValidationException, "The agreement key is not a valid P-384 public key"),
    UNWRAP_FAILED(KmsError.KMSInternalException, "The wrapped key material does not open under the session key"),
    KEY_NOT_REPLICABLE(KmsError.NotFoundException, "The key cannot be replicated from the source region"),
    KEY_PROPERTIES_MISMATCH(KmsError.KMSInvalidStateException, "The key's properties differ from what was expected"),
    MATERIAL_MISMATCH(KmsError.IncorrectKeyMaterialException, "The key material differs from the source region's"),
    UNKNOWN_KEY(KmsError.NotFoundException, "No related key with this id exists in this region"),
    NOTICE_NOT_ENTITLED(KmsError.AccessDeniedException, "The source region may not send this notice about this key"),
    POLICY_LOCKOUT(KmsError.MalformedPolicyDocumentException,
            "The replica's key policy would not let the requester update it in the replica's region");

    private final KmsError kmsError;
    private final String description;

    ReplicationError(KmsError kmsError, String description) {
        this.kmsError = kmsError;
        this.description = description;
    }

    public KmsError kmsError() {
        return kmsError;
    }

    public String description() {
        return description;
    }
}
