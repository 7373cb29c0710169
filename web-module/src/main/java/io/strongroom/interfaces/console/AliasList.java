package io.strongroom.interfaces.console;

import io.strongroom.application.AliasCatalog;
import io.strongroom.client.AliasListEntry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

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
        AliasCatalog aliasCatalog = catalog;
        aliases = new DatabasePagedModel<>(filterBy -> aliasCatalog.count(AliasQuery.filterOf(filterBy)),
                (first, pageSize, sortBy, filterBy) -> {
                    AliasQuery query = AliasQuery.of(sortBy, filterBy);
                    return aliasCatalog.page(query.filter(), first, pageSize, query.sortField(), query.ascending());
                }, AliasListEntry::aliasName);
    }

    public LazyDataModel<AliasListEntry> getAliases() {
        return aliases;
    }
}
