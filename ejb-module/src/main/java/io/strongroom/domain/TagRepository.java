package io.strongroom.domain;

import io.strongroom.persistence.KeyTagRecord;
import java.util.List;

/** The tags of a key, in tag-key order. */
public interface TagRepository {

    List<KeyTagRecord> forKey(String keyId);

    /** Tags of the key ordered by tag key after the given one, at most limitPlusOne. */
    List<KeyTagRecord> pageAfter(String keyId, String afterTagKey, int limitPlusOne);

    void add(KeyTagRecord tag);

    void remove(KeyTagRecord tag);
}
