package io.strongroom.domain;

import io.strongroom.persistence.KeyAliasRecord;
import java.util.List;
import java.util.Optional;

/** Aliases by name, in name order for listing. */
public interface AliasRepository {

    Optional<KeyAliasRecord> find(String aliasName);

    /** Adds a new alias; AlreadyExistsException when the name is taken, even by a concurrent caller. */
    void add(KeyAliasRecord alias);

    void remove(KeyAliasRecord alias);

    /** Aliases (of one key, or of all keys when keyId is null) ordered by name after the given name, at most limitPlusOne. */
    List<KeyAliasRecord> pageAfter(String keyId, String afterAliasName, int limitPlusOne);
}
