package io.strongroom.domain.replication;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A region this region exchanges replication messages with, registered explicitly by an
 * administrator: where to reach it and which signing keys speak for it. Nothing about a peer is
 * ever learnt from a message.
 */
public record PeerRegion(String region, String endpoint, Instant registeredAt, List<PeerSigningKey> keys) {

    public PeerRegion {
        keys = List.copyOf(keys);
    }

    /** The registered key with this fingerprint, whether or not it is still valid. */
    public Optional<PeerSigningKey> key(byte[] fingerprint) {
        return keys.stream().filter(key -> MessageDigest.isEqual(key.fingerprint(), fingerprint)).findFirst();
    }

    public Optional<PeerSigningKey> currentKey() {
        return keys.stream().filter(PeerSigningKey::current).findFirst();
    }

    /**
     * The peer after its signing key was rotated: the new key current from now, every earlier key
     * accepted until {@code overlapEnd} at the latest, keys already past their window dropped.
     */
    public PeerRegion withNewKey(PeerSigningKey newKey, Instant now, Instant overlapEnd) {
        List<PeerSigningKey> next = new ArrayList<>();
        keys.stream().map(key -> key.endingBy(overlapEnd)).filter(key -> key.validUntil().isAfter(now)).forEach(next::add);
        next.add(newKey);
        return new PeerRegion(region, endpoint, registeredAt, next);
    }

    public PeerRegion withEndpoint(String newEndpoint) {
        return new PeerRegion(region, newEndpoint, registeredAt, keys);
    }
}
