package io.strongroom.interfaces.console;

import io.strongroom.application.CustomKeyStoreService;
import io.strongroom.application.CustomKeyStoreView;
import io.strongroom.application.KeyCatalog;
import io.strongroom.application.KeyFilter;
import io.strongroom.application.KeySummary;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.infrastructure.xks.XksProxyMetrics;
import io.strongroom.infrastructure.xks.XksProxyMetrics.StoreFigures;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of the key store page ({@code key-store.xhtml?id=cks-...}): the store (one
 * DescribeCustomKeyStores call), its last health report, this node's proxy call figures, and its keys
 * paged in the database. Loaded once per view and again after a change or, while the store is
 * CONNECTING or DISCONNECTING, on each poll. An unknown store shows a notice with status 404.
 */
@Named
@ViewScoped
public class KeyStoreDetail implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A page for a store that does not exist answers 404, although the API's error answers 400. */
    private static final int NOT_FOUND = KmsError.NotFoundException.httpStatus();

    @Inject
    CustomKeyStoreService stores;

    @Inject
    XksProxyMetrics metrics;

    @Inject
    KeyCatalog catalog;

    @Inject
    ConsoleCaller caller;

    private String customKeyStoreId;
    private KeyStoreRow row;
    private StoreFigures figures;
    private List<FailureCount> failures = List.of();
    private LazyDataModel<KeySummary> keys;
    private boolean notFound;

    /** Proxy failures of one kind on this node, for the figures table. */
    public record FailureCount(String failure, long count) {
    }

    /** The page's view action: runs on the initial GET only. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (customKeyStoreId == null || customKeyStoreId.isBlank()) {
            notFound = true;
            context.getExternalContext().setResponseStatus(NOT_FOUND);
            return;
        }
        try {
            show(describe(customKeyStoreId));
            keys = storeKeys(catalog, customKeyStoreId);
        } catch (KmsException e) {
            notFound = e.error() == KmsError.CustomKeyStoreNotFoundException;
            if (notFound) {
                context.getExternalContext().setResponseStatus(NOT_FOUND);
            } else {
                ConsoleMessages.showOnPage(context, e);
            }
        }
    }

    /** Reloads after a change, and is the poll's listener; a failure shows and keeps what was shown. */
    public void reload() {
        try {
            show(describe(row.customKeyStoreId()));
        } catch (KmsException e) {
            ConsoleMessages.show(FacesContext.getCurrentInstance(), e);
        }
    }

    private CustomKeyStoreView describe(String id) {
        return stores.describeCustomKeyStores(caller.newCall(), id, null, null, null).customKeyStores().get(0);
    }

    private void show(CustomKeyStoreView store) {
        row = KeyStoreRow.of(store, Instant.now());
        figures = metrics.figures(store.customKeyStoreId());
        failures = failureCounts(figures);
    }

    /** Most frequent failure first. */
    static List<FailureCount> failureCounts(StoreFigures figures) {
        if (figures == null || figures.errorsByFailure() == null) {
            return List.of();
        }
        return figures.errorsByFailure().entrySet().stream()
                .map(e -> new FailureCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FailureCount::count).reversed().thenComparing(FailureCount::failure))
                .toList();
    }

    /** The store's keys, newest first, paged in the database like the keys list. */
    private static LazyDataModel<KeySummary> storeKeys(KeyCatalog catalog, String storeId) {
        KeyFilter inStore = KeyFilter.inStore(storeId);
        return new DatabasePagedModel<>(filterBy -> catalog.count(inStore),
                (first, pageSize, sortBy, filterBy) -> catalog.page(inStore, first, pageSize, "creationDate", false),
                KeySummary::keyId);
    }

    /** CONNECTING or DISCONNECTING: the page polls until the store settles. */
    public boolean isSettling() {
        String state = row == null ? null : row.store().connectionState();
        return "CONNECTING".equals(state) || "DISCONNECTING".equals(state);
    }

    public String getCustomKeyStoreId() {
        return customKeyStoreId;
    }

    public void setCustomKeyStoreId(String customKeyStoreId) {
        this.customKeyStoreId = customKeyStoreId;
    }

    public KeyStoreRow getRow() {
        return row;
    }

    /** The store itself, for the page's shorter expressions. */
    public CustomKeyStoreView getStore() {
        return row == null ? null : row.store();
    }

    public StoreFigures getFigures() {
        return figures;
    }

    /** How many recent calls the latency figures describe. */
    public int getLatencyWindow() {
        return XksProxyMetrics.WINDOW;
    }

    public List<FailureCount> getFailures() {
        return failures;
    }

    public LazyDataModel<KeySummary> getKeys() {
        return keys;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
