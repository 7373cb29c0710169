package io.strongroom.interfaces.console;

import io.strongroom.application.KeyCatalog;
import io.strongroom.application.KeySummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of the keys list. The table pages, sorts and filters in the database through
 * {@link KeyCatalog}: one count and one page query per table request, whatever the key count.
 */
@Named
@ViewScoped
public class KeyList implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    KeyCatalog catalog;

    private LazyDataModel<KeySummary> keys;

    @PostConstruct
    void init() {
        KeyCatalog keyCatalog = catalog;
        keys = new DatabasePagedModel<>(filterBy -> keyCatalog.count(KeyQuery.filterOf(filterBy)),
                (first, pageSize, sortBy, filterBy) -> {
                    KeyQuery query = KeyQuery.of(sortBy, filterBy);
                    return keyCatalog.page(query.filter(), first, pageSize, query.sortField(), query.ascending());
                }, KeySummary::keyId);
    }

    public LazyDataModel<KeySummary> getKeys() {
        return keys;
    }
}
