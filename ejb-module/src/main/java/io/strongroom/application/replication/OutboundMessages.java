package io.strongroom.application.replication;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.SigningKey;
import io.strongroom.domain.replication.SigningKeyRepository;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;

/** Composes this region's messages: the header with its clock and current signing key, then the signature. */
@Dependent
public class OutboundMessages {

    private final RegionIdentity region;
    private final ReplicationBoundary boundary;
    private final SigningKeyRepository signingKeys;
    private final Clock clock;

    @Inject
    public OutboundMessages(RegionIdentity region, ReplicationBoundary boundary, SigningKeyRepository signingKeys) {
        this(region, boundary, signingKeys, Clock.systemUTC());
    }

    public OutboundMessages(RegionIdentity region, ReplicationBoundary boundary, SigningKeyRepository signingKeys,
                            Clock clock) {
        this.region = region;
        this.boundary = boundary;
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    /**
     * A signed message. The payload is built from the header because wrapped material is bound to
     * the header it travels under.
     */
    public ReplicationMessage compose(MessageType type, String destinationRegion, String keyId, byte[] sessionId,
                                      Function<MessageHeader, byte[]> payload) {
        SigningKey key = signingKeys.current().orElseThrow(() -> new KmsException(KmsError.KMSInternalException,
                "This region has no replication signing key yet"));
        MessageHeader header = new MessageHeader(type, region.region(), destinationRegion, keyId, sessionId,
                clock.instant(), type.sequence(), key.fingerprint());
        return ReplicationMessage.sign(header, payload.apply(header), data -> boundary.sign(key, data));
    }
}
