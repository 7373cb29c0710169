package io.strongroom.application.replication;

import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.PeerRegion;
import io.strongroom.domain.replication.PeerRegionRepository;
import io.strongroom.domain.replication.PeerSigningKey;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationMessage;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.SeenMessageRepository;
import io.strongroom.infrastructure.crypto.P384Keys;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The checks every incoming message passes before any of it is used, in a fixed order: the
 * encoding, the sender (a registered peer), its signing key (registered), the signature, the
 * key's validity, the destination (this region), the timestamp (±5 minutes), the type and its
 * sequence number, and replay. The first failing check refuses the message with its own code.
 * The caller then checks the message against its session and {@link #accept records} it.
 */
@Dependent
public class InboundVerifier {

    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** A message cannot pass the timestamp check later than this after its timestamp; its replay entry lives as long. */
    static final Duration REPLAY_MEMORY = MAX_CLOCK_SKEW.multipliedBy(2);

    private final RegionIdentity region;
    private final PeerRegionRepository peers;
    private final SeenMessageRepository seen;
    private final Clock clock;

    @Inject
    public InboundVerifier(RegionIdentity region, PeerRegionRepository peers, SeenMessageRepository seen) {
        this(region, peers, seen, Clock.systemUTC());
    }

    public InboundVerifier(RegionIdentity region, PeerRegionRepository peers, SeenMessageRepository seen, Clock clock) {
        this.region = region;
        this.peers = peers;
        this.seen = seen;
        this.clock = clock;
    }

    /** The authenticated message if it passes every check and is one of the accepted types; a refusal otherwise. */
    public ReplicationMessage verify(byte[] encoded, Set<MessageType> accepted) {
        ReplicationMessage message = ReplicationMessage.decode(encoded);
        MessageHeader header = message.header();
        String source = header.sourceRegion();
        PeerRegion peer = peers.find(source).filter(found -> !source.equals(region.region()))
                .orElseThrow(() -> refused(ReplicationError.UNKNOWN_PEER, source));
        PeerSigningKey key = peer.key(header.signerFingerprint())
                .orElseThrow(() -> refused(ReplicationError.UNKNOWN_SIGNING_KEY, source));
        if (!P384Keys.verify(key.publicKey(), message.signedPart(), message.signature())) {
            throw refused(ReplicationError.BAD_SIGNATURE, source);
        }
        Instant now = clock.instant();
        if (!key.validAt(now)) {
            throw refused(ReplicationError.SIGNING_KEY_EXPIRED, source);
        }
        if (!header.destinationRegion().equals(region.region())) {
            throw refused(ReplicationError.MISDIRECTED_MESSAGE, header.destinationRegion());
        }
        if (header.timestamp().isBefore(now.minus(MAX_CLOCK_SKEW))) {
            throw refused(ReplicationError.STALE_MESSAGE, header.timestamp().toString());
        }
        if (header.timestamp().isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw refused(ReplicationError.FUTURE_MESSAGE, header.timestamp().toString());
        }
        if (!accepted.contains(header.type())) {
            throw refused(ReplicationError.UNEXPECTED_MESSAGE, header.type().name());
        }
        if (header.sequence() != header.type().sequence()) {
            throw refused(ReplicationError.UNEXPECTED_SEQUENCE, Long.toString(header.sequence()));
        }
        if (seen.seen(source, header.sessionId(), header.sequence())) {
            throw replayed(header);
        }
        return message;
    }

    /**
     * Records a verified message as accepted, once the caller's own checks (its session) passed too;
     * REPLAYED_MESSAGE if another delivery of it was accepted in the meantime.
     */
    public void accept(MessageHeader header) {
        if (!seen.firstSighting(header.sourceRegion(), header.sessionId(), header.sequence(),
                header.timestamp().plus(REPLAY_MEMORY))) {
            throw replayed(header);
        }
    }

    private static ReplicationRefusedException replayed(MessageHeader header) {
        return refused(ReplicationError.REPLAYED_MESSAGE, "session " + header.sessionHex());
    }

    static ReplicationRefusedException refused(ReplicationError reason, String detail) {
        return new ReplicationRefusedException(reason, detail);
    }
}
