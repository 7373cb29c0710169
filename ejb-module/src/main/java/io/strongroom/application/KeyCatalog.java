package io.strongroom.application;

import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Read side of the console's key list: counting and paging with filter and sort in the database.
 * sortField is one of keyId, keyState, keySpec, origin, creationDate (anything else: creationDate).
 */
@Stateless
public class KeyCatalog {

    public long count(KeyFilter filter) {
        throw new IllegalStateException("not yet implemented");
    }

    public List<KeySummary> page(KeyFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        throw new IllegalStateException("not yet implemented");
    }
}
