package io.strongroom.domain;

import io.strongroom.persistence.ImportWrappingKeyRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What importing key material needs from storage beyond the key itself: the wrapping key pairs
 * handed out with import tokens, the removal of a key's material, and the keys whose imported
 * material has expired, claimed so that concurrent sweepers skip rather than wait for each other.
 */
public interface ImportedMaterialRepository {

    /** A key whose material expired, and the position of the next page of them. */
    record ExpiredMaterial(String keyId, Instant validTo) {
    }

    void storeWrappingKey(ImportWrappingKeyRecord wrappingKey);

    Optional<ImportWrappingKeyRecord> findWrappingKey(String wrappingKeyId);

    void removeWrappingKey(ImportWrappingKeyRecord wrappingKey);

    /** Deletes up to {@code limit} wrapping keys whose tokens expired at or before now; returns how many. */
    int removeExpiredWrappingKeys(Instant now, int limit);

    /** Deletes every material version of the key (imported keys have one). */
    void removeMaterial(String keyId);

    /** Keys holding material whose ValidTo is at or before now, ordered by (validTo, keyId) after {@code after}. */
    List<ExpiredMaterial> expiredAfter(Instant now, ExpiredMaterial after, int limit);

    /** Locks the key if its material is still expired and no other transaction holds it. */
    Optional<Key> claimExpired(String keyId, Instant now);

    /** Keys whose material expires at or before windowEnd and whose expiry was not warned about yet. */
    List<String> unwarnedExpiringBy(Instant windowEnd, int limit);

    /** Locks such a key if it still qualifies and no other transaction holds it. */
    Optional<Key> claimUnwarned(String keyId, Instant windowEnd);
}
