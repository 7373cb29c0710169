package io.strongroom.interfaces.console;

import io.strongroom.application.AliasCatalog;
import io.strongroom.client.AliasListEntry;
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
 * Backing bean of the aliases screen's table: every alias of the region, paged, sorted and
 * filtered in the database through {@link AliasCatalog} (one count and one page query per table
 * request). The changes offered on the same screen are {@link AliasForm}'s.
 */
@Named
@ViewScoped
public class AliasList implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AliasCatalog catalog;

    private LazyDataModel<AliasListEntry> aliases;

    @PostConstruct
    void init() {
        aliases = new AliasDataModel(catalog);
    }

    public LazyDataModel<AliasListEntry> getAliases() {
        return aliases;
    }

    /** Lazy model over the catalog; keeps only the injected (serializable) service proxy. */
    static final class AliasDataModel extends LazyDataModel<AliasListEntry> {
        private static final long serialVersionUID = 1L;

        private final AliasCatalog catalog;

        AliasDataModel(AliasCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long count = catalog.count(AliasQuery.filterOf(filterBy));
            return (int) Math.min(count, Integer.MAX_VALUE);
        }

        @Override
        public List<AliasListEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            AliasQuery query = AliasQuery.of(sortBy, filterBy);
            return catalog.page(query.filter(), first, pageSize, query.sortField(), query.ascending());
        }

        @Override
        public String getRowKey(AliasListEntry alias) {
            return alias.aliasName();
        }
    }
}
