package io.strongroom.domain.replication;

import java.time.Instant;

/**
 * A peer region's signing key as an administrator registered it, with the window in which this
 * region accepts its signatures. validUntil is null for the peer's current key; a rotation sets
 * it on the previous key to the end of the overlap.
 */
public record PeerSigningKey(byte[] fingerprint, byte[] publicKey, Instant validFrom, Instant validUntil) {

    public boolean validAt(Instant now) {
        return !now.isBefore(validFrom) && (validUntil == null || now.isBefore(validUntil));
    }

    public boolean current() {
        return validUntil == null;
    }

    /** This key valid until {@code until} at the latest. */
    public PeerSigningKey endingBy(Instant until) {
        return validUntil != null && validUntil.isBefore(until) ? this
                : new PeerSigningKey(fingerprint, publicKey, validFrom, until);
    }
}
