package io.strongroom.application.replication;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.replication.FingerprintRequest;
import io.strongroom.domain.replication.FingerprintResponse;
import io.strongroom.domain.replication.MaterialRequest;
import io.strongroom.domain.replication.MaterialResponse;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.PeerRegionRepository;
import io.strongroom.domain.replication.Refusal;
import io.strongroom.domain.replication.RegionName;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.ReplicationSession;
import io.strongroom.domain.replication.ReplicationSessionRepository;
import io.strongroom.domain.replication.SessionBinding;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.AgreementKey;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The destination's side of a session (region B): it opens a session with a fresh agreement key
 * RAK_B and a request, and later accepts the source's answer only if it belongs to that session,
 * comes from its peer, names its key and is the answer the session awaits.
 */
@Dependent
public class ReplicationRequester {

    /** How long an answer is awaited: the latest a request and its answer can each pass the ±5-minute check. */
    public static final Duration SESSION_LIFETIME = InboundVerifier.MAX_CLOCK_SKEW.multipliedBy(2);
    private static final Set<MessageType> ANSWERS =
            EnumSet.of(MessageType.MATERIAL_RESPONSE, MessageType.FINGERPRINT_RESPONSE, MessageType.REFUSAL);

    private final OutboundMessages outbound;
    private final InboundVerifier inbound;
    private final PeerRegionRepository peers;
    private final ReplicationSessionRepository sessions;
    private final ReplicationBoundary boundary;
    private final Clock clock;

    @Inject
    public ReplicationRequester(OutboundMessages outbound, InboundVerifier inbound, PeerRegionRepository peers,
                                ReplicationSessionRepository sessions, ReplicationBoundary boundary) {
        this(outbound, inbound, peers, sessions, boundary, Clock.systemUTC());
    }

    public ReplicationRequester(OutboundMessages outbound, InboundVerifier inbound, PeerRegionRepository peers,
                                ReplicationSessionRepository sessions, ReplicationBoundary boundary, Clock clock) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.peers = peers;
        this.sessions = sessions;
        this.boundary = boundary;
        this.clock = clock;
    }

    /** REPLICATION_REQUEST for a key's material; {@code expectedKeySpec} may be null. */
    public ReplicationMessage requestMaterial(String sourceRegion, String keyId, KeySpec expectedKeySpec) {
        return open(sourceRegion, keyId, MessageType.REPLICATION_REQUEST, expectedKeySpec, 0,
                agreementKey -> new MaterialRequest(agreementKey, expectedKeySpec).encode());
    }

    /** FINGERPRINT_REQUEST: asks the source to prove which material a version holds. */
    public ReplicationMessage requestFingerprint(String sourceRegion, String keyId, int materialVersion) {
        if (materialVersion < 1) {
            throw KmsException.validation("materialVersion", "Member must have value greater than or equal to 1");
        }
        return open(sourceRegion, keyId, MessageType.FINGERPRINT_REQUEST, null, materialVersion,
                agreementKey -> new FingerprintRequest(agreementKey, materialVersion).encode());
    }

    /** Accepts a MATERIAL_RESPONSE: unwraps every version and seals it under this region's root key, then closes the session. */
    public ReceivedMaterial acceptMaterial(byte[] encoded) {
        Answer answer = answer(encoded, MessageType.MATERIAL_RESPONSE);
        MaterialResponse response = MaterialResponse.decode(answer.message().payload());
        KeySpec expected = answer.session().expectedKeySpec();
        if (expected != null && expected != response.properties().keySpec()) {
            throw new ReplicationRefusedException(ReplicationError.KEY_PROPERTIES_MISMATCH,
                    "expected " + expected + ", received " + response.properties().keySpec());
        }
        MessageHeader header = answer.message().header();
        List<SealedVersion> versions = boundary.unwrap(SessionBinding.of(header), header, answer.agreementKey(),
                response.agreementPublicKey(), response.materials());
        sessions.close(header.sessionId());
        return new ReceivedMaterial(header.sourceRegion(), header.keyId(), response.properties(), versions);
    }

    /**
     * Accepts a FINGERPRINT_RESPONSE and checks it against the candidate material, sealed here for
     * the session's key and version: returns if it is the source's material, refuses with
     * MATERIAL_MISMATCH (IncorrectKeyMaterialException) if not.
     */
    public void confirmSameMaterial(byte[] encoded, byte[] candidateSealedMaterial) {
        Answer answer = answer(encoded, MessageType.FINGERPRINT_RESPONSE);
        FingerprintResponse response = FingerprintResponse.decode(answer.message().payload());
        ReplicationSession session = answer.session();
        if (response.materialVersion() != session.materialVersion()) {
            throw new ReplicationRefusedException(ReplicationError.MALFORMED_PAYLOAD, "the answer is about another version");
        }
        boolean same = boundary.sameMaterial(SessionBinding.of(answer.message().header()), answer.agreementKey(),
                response.agreementPublicKey(), session.materialVersion(), response.fingerprint(), candidateSealedMaterial);
        sessions.close(session.sessionId());
        if (!same) {
            throw new ReplicationRefusedException(ReplicationError.MATERIAL_MISMATCH, session.keyId());
        }
    }

    private ReplicationMessage open(String sourceRegion, String keyId, MessageType type, KeySpec expectedKeySpec,
                                    int materialVersion, Function<byte[], byte[]> payload) {
        MessageHeader.requireMultiRegionKeyId("keyId", keyId);
        RegionName.require("sourceRegion", sourceRegion);
        if (peers.find(sourceRegion).isEmpty()) {
            throw new KmsException(KmsError.NotFoundException, "Region " + sourceRegion + " is not a registered peer region");
        }
        byte[] sessionId = boundary.newSessionId();
        AgreementKey agreementKey = boundary.newAgreementKey(sessionId);
        Instant now = clock.instant();
        sessions.open(new ReplicationSession(sessionId, sourceRegion, keyId, type.answer(), expectedKeySpec,
                materialVersion, agreementKey.publicKey(), agreementKey.sealedPrivateKey(), now, now.plus(SESSION_LIFETIME)));
        return outbound.compose(type, sourceRegion, keyId, sessionId, header -> payload.apply(agreementKey.publicKey()));
    }

    private record Answer(ReplicationMessage message, ReplicationSession session) {

        AgreementKey agreementKey() {
            return new AgreementKey(session.agreementPublicKey(), session.sealedAgreementKey());
        }
    }

    /** Verifies an answer and matches it to its open session; a REFUSAL ends the session with the source's reason. */
    private Answer answer(byte[] encoded, MessageType expected) {
        ReplicationMessage message = inbound.verify(encoded, ANSWERS);
        MessageHeader header = message.header();
        ReplicationSession session = sessions.find(header.sessionId())
                .orElseThrow(() -> InboundVerifier.refused(ReplicationError.UNKNOWN_SESSION, "session " + header.sessionHex()));
        if (!clock.instant().isBefore(session.expiresAt())) {
            throw InboundVerifier.refused(ReplicationError.SESSION_EXPIRED, "session " + header.sessionHex());
        }
        if (!session.peerRegion().equals(header.sourceRegion())) {
            throw InboundVerifier.refused(ReplicationError.SOURCE_MISMATCH, header.sourceRegion());
        }
        if (!session.keyId().equals(header.keyId())) {
            throw InboundVerifier.refused(ReplicationError.KEY_MISMATCH, header.keyId());
        }
        if (header.type() != MessageType.REFUSAL && (header.type() != session.awaiting() || header.type() != expected)) {
            throw InboundVerifier.refused(ReplicationError.UNEXPECTED_MESSAGE, header.type().name());
        }
        inbound.accept(header);
        if (header.type() == MessageType.REFUSAL) {
            Refusal refusal = Refusal.decode(message.payload());
            sessions.close(session.sessionId());
            throw new ReplicationRefusedException(refusal.reason(), refusal.detail(), header.sourceRegion());
        }
        return new Answer(message, session);
    }
}
