package io.strongroom.domain;

import io.strongroom.persistence.KeyMaterialRecord;
import io.strongroom.persistence.KeyTagRecord;
import java.util.List;
import java.util.Optional;

/** Keys by id or alias, their sealed material and tags. */
public interface KeyRepository {

    /** The key a reference names, or NotFoundException. */
    Key find(KeyReference reference, String rawReference);

    Optional<Key> findById(String keyId);

    /** Keys ordered by id after the given id (null = from the start), at most limit + 1 of them. */
    List<Key> pageAfter(String afterKeyId, int limitPlusOne);

    void store(Key key);

    void storeMaterial(KeyMaterialRecord material);

    Optional<KeyMaterialRecord> findMaterial(String keyId, int materialVersion);

    void storeTag(KeyTagRecord tag);

    List<KeyTagRecord> tags(String keyId);

    List<String> aliases(String keyId);

    /** The ConnectionState of a custom key store, or empty when no store has that id. */
    Optional<String> customKeyStoreConnectionState(String customKeyStoreId);

    /** Whether a key of the custom key store is already backed by the external key. */
    boolean xksKeyInUse(String customKeyStoreId, String xksKeyId);
}
