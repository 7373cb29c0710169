package io.strongroom.interfaces.console;

import io.strongroom.application.KeyCatalog;
import io.strongroom.application.KeySummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
        keys = new KeyDataModel(catalog);
    }

    public LazyDataModel<KeySummary> getKeys() {
        return keys;
    }

    /** Lazy model over the catalog; keeps only the injected (serializable) service proxy. */
    static final class KeyDataModel extends LazyDataModel<KeySummary> {
        private static final long serialVersionUID = 1L;

        private final KeyCatalog catalog;

        KeyDataModel(KeyCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long count = catalog.count(KeyQuery.filterOf(filterBy));
            return (int) Math.min(count, Integer.MAX_VALUE);
        }

        @Override
        public List<KeySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            KeyQuery query = KeyQuery.of(sortBy, filterBy);
            return catalog.page(query.filter(), first, pageSize, query.sortField(), query.ascending());
        }

        @Override
        public String getRowKey(KeySummary key) {
            return key.keyId();
        }
    }
}
