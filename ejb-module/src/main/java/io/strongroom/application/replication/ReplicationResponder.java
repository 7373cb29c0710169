package io.strongroom.application.replication;

import io.strongroom.application.replication.ReplicableKeys.ReplicableKey;
import io.strongroom.domain.Origin;
import io.strongroom.domain.replication.FingerprintRequest;
import io.strongroom.domain.replication.FingerprintResponse;
import io.strongroom.domain.replication.MaterialRequest;
import io.strongroom.domain.replication.MaterialResponse;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.Refusal;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.SessionBinding;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.KeyedFingerprint;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.SealedVersion;
import io.strongroom.infrastructure.crypto.ReplicationBoundary.WrappedVersions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The source's side of a session (region A): it verifies a request and answers it, signed, with
 * the material wrapped under the session's RWK, a keyed fingerprint, or a REFUSAL. A request that
 * fails verification gets no signed answer at all: the refusal is thrown to the transport.
 */
@Dependent
public class ReplicationResponder {

    private static final Set<MessageType> REQUESTS = EnumSet.of(MessageType.REPLICATION_REQUEST, MessageType.FINGERPRINT_REQUEST);

    private final OutboundMessages outbound;
    private final InboundVerifier inbound;
    private final ReplicationBoundary boundary;

    @Inject
    public ReplicationResponder(OutboundMessages outbound, InboundVerifier inbound, ReplicationBoundary boundary) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.boundary = boundary;
    }

    /** The signed answer to an authenticated request; refuses (throws) a request that is not. */
    public ReplicationMessage answer(byte[] encoded, ReplicableKeys keys) {
        ReplicationMessage message = inbound.verify(encoded, REQUESTS);
        MessageHeader request = message.header();
        inbound.accept(request);
        byte[] payload = message.payload();
        try {
            return request.type() == MessageType.REPLICATION_REQUEST
                    ? material(request, MaterialRequest.decode(payload), keys)
                    : fingerprint(request, FingerprintRequest.decode(payload), keys);
        } catch (ReplicationRefusedException refused) {
            return reply(request, MessageType.REFUSAL, header -> Refusal.of(refused).encode());
        }
    }

    private ReplicationMessage material(MessageHeader request, MaterialRequest body, ReplicableKeys keys) {
        ReplicableKey key = keys.find(request.keyId(), request.sourceRegion());
        if (body.expectedKeySpec() != null && body.expectedKeySpec() != key.properties().keySpec()) {
            throw new ReplicationRefusedException(ReplicationError.KEY_PROPERTIES_MISMATCH,
                    "the key is " + key.properties().keySpec() + ", not " + body.expectedKeySpec());
        }
        // Imported material never leaves the region it was imported into; only the properties travel.
        List<SealedVersion> shipped = key.properties().origin() == Origin.EXTERNAL ? List.of() : key.versions();
        return reply(request, MessageType.MATERIAL_RESPONSE, header -> {
            WrappedVersions wrapped = boundary.wrap(SessionBinding.of(header), header, body.agreementPublicKey(), shipped);
            return new MaterialResponse(wrapped.agreementPublicKey(), key.properties(), wrapped.materials()).encode();
        });
    }

    private ReplicationMessage fingerprint(MessageHeader request, FingerprintRequest body, ReplicableKeys keys) {
        SealedVersion version = keys.find(request.keyId(), request.sourceRegion()).versions().stream()
                .filter(candidate -> candidate.materialVersion() == body.materialVersion()).findFirst()
                .orElseThrow(() -> new ReplicationRefusedException(ReplicationError.KEY_NOT_REPLICABLE,
                        "no material version " + body.materialVersion()));
        return reply(request, MessageType.FINGERPRINT_RESPONSE, header -> {
            KeyedFingerprint fingerprint = boundary.fingerprint(SessionBinding.of(header), body.agreementPublicKey(), version);
            return new FingerprintResponse(fingerprint.agreementPublicKey(), version.materialVersion(),
                    fingerprint.fingerprint()).encode();
        });
    }

    private ReplicationMessage reply(MessageHeader request, MessageType type, Function<MessageHeader, byte[]> payload) {
        return outbound.compose(type, request.sourceRegion(), request.keyId(), request.sessionId(), payload);
    }
}
