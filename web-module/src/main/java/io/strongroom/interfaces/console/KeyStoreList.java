package io.strongroom.interfaces.console;

import io.strongroom.application.CustomKeyStorePage;
import io.strongroom.application.CustomKeyStoreService;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backing bean of the key stores list. A region holds at most ten custom key stores, so one
 * DescribeCustomKeyStores call (authorized and audited like the API's) loads them all; there is no
 * table paging to do in the database.
 */
@Named
@ViewScoped
public class KeyStoreList implements Serializable {
    private static final long serialVersionUID = 1L;

    /** DescribeCustomKeyStores' largest Limit; far above the ten stores a region may hold. */
    static final int ALL = 1000;

    @Inject
    CustomKeyStoreService stores;

    @Inject
    ConsoleCaller caller;

    private List<KeyStoreRow> rows = List.of();
    private boolean denied;

    /** The page's view action, and the reload after a store was created. */
    public void load() {
        try {
            CustomKeyStorePage page = stores.describeCustomKeyStores(caller.newCall(), null, null, ALL, null);
            Instant now = Instant.now();
            rows = page.customKeyStores().stream().map(store -> KeyStoreRow.of(store, now)).toList();
            denied = false;
        } catch (KmsException e) {
            denied = true;
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
        }
    }

    public List<KeyStoreRow> getRows() {
        return rows;
    }

    public boolean isDenied() {
        return denied;
    }
}
