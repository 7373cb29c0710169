package io.strongroom.application.replication;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.replication.KeyFingerprint;
import io.strongroom.domain.replication.SigningKey;
import io.strongroom.domain.replication.SigningKeyRepository;
import io.strongroom.infrastructure.config.StrongroomConfig;
import io.strongroom.infrastructure.crypto.P384Keys;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * This region's Replication Signing Key over its life: generated at first start, rotated on an
 * administrator's request, and published (PEM and fingerprint) with the previous versions still
 * inside the overlap, so peers can register the new key before they stop accepting the old one.
 */
@Dependent
public class SigningKeyCustody {

    /** A signing key as peers are given it. publishedUntil is null for the current key. */
    public record PublishedKey(int version, String fingerprint, String pem, Instant createdAt, Instant retiredAt,
                               Instant publishedUntil) implements Serializable {
    }

    private final ReplicationBoundary boundary;
    private final SigningKeyRepository keys;
    private final Duration overlap;
    private final Clock clock;

    @Inject
    public SigningKeyCustody(ReplicationBoundary boundary, SigningKeyRepository keys, StrongroomConfig config) {
        this(boundary, keys, config.signingKeyOverlap(), Clock.systemUTC());
    }

    public SigningKeyCustody(ReplicationBoundary boundary, SigningKeyRepository keys, Duration overlap, Clock clock) {
        this.boundary = boundary;
        this.keys = keys;
        this.overlap = overlap;
        this.clock = clock;
    }

    /** The current key, generated first if this region has none (first start). Safe when nodes start together. */
    public SigningKey ensureCurrent() {
        return keys.current().orElseGet(() -> {
            int version = keys.all().stream().mapToInt(SigningKey::version).max().orElse(0) + 1;
            keys.insertIfAbsent(boundary.newSigningKey(version, clock.instant()));
            return keys.current().orElseThrow(() -> new KmsException(KmsError.KMSInternalException,
                    "The replication signing key could not be stored"));
        });
    }

    /** Retires the current key and makes a new one current; the retired key stays published for the overlap. */
    public SigningKey rotate() {
        SigningKey current = keys.current().orElseThrow(() -> new KmsException(KmsError.KMSInvalidStateException,
                "This region has no replication signing key to rotate"));
        Instant now = clock.instant();
        keys.retire(current.version(), now);
        SigningKey next = boundary.newSigningKey(current.version() + 1, now);
        if (!keys.insertIfAbsent(next)) {
            throw new KmsException(KmsError.KMSInvalidStateException,
                    "Another rotation of the replication signing key is in progress; try again");
        }
        return next;
    }

    /** The keys peers should hold now: the current one and those retired less than the overlap ago, newest first. */
    public List<PublishedKey> published() {
        Instant now = clock.instant();
        return keys.all().stream().filter(key -> key.publishedAt(now, overlap)).map(this::publish).toList();
    }

    private PublishedKey publish(SigningKey key) {
        return new PublishedKey(key.version(), KeyFingerprint.format(key.fingerprint()), P384Keys.toPem(key.publicKey()),
                key.createdAt(), key.retiredAt(), key.retiredAt() == null ? null : key.retiredAt().plus(overlap));
    }
}
