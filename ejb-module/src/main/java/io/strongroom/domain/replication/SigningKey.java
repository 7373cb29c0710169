package io.strongroom.domain.replication;

import java.time.Duration;
import java.time.Instant;

/**
 * One version of this region's Replication Signing Key (ECDSA P-384): the public half in DER,
 * the private half sealed under the root key. The current version has no retirement time; a
 * retired one is still published for the overlap so peers can move to the new key.
 */
public record SigningKey(int version, byte[] publicKey, byte[] sealedPrivateKey, Instant createdAt, Instant retiredAt) {

    public byte[] fingerprint() {
        return KeyFingerprint.of(publicKey);
    }

    public boolean current() {
        return retiredAt == null;
    }

    /** Whether peers should still be given this key: current, or retired less than the overlap ago. */
    public boolean publishedAt(Instant now, Duration overlap) {
        return retiredAt == null || now.isBefore(retiredAt.plus(overlap));
    }

    public SigningKey retire(Instant at) {
        return new SigningKey(version, publicKey, sealedPrivateKey, createdAt, at);
    }
}
