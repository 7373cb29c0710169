package io.strongroom.interfaces.console;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The lazy table model every console list shares: a count and a page query per table request,
 * both answered by a read-side catalog in the database, whatever the number of rows. The functions
 * capture only injected (serializable) service proxies, so the model survives view serialization.
 */
final class DatabasePagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** How many rows match the table's filters. */
    @FunctionalInterface
    interface Count extends Serializable {
        long count(Map<String, FilterMeta> filterBy);
    }

    /** One page of rows, filtered and sorted as the table asks. */
    @FunctionalInterface
    interface Page<T> extends Serializable {
        List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy);
    }

    /** The row's unique key, for selection and row updates. */
    @FunctionalInterface
    interface RowKey<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final RowKey<T> rowKey;

    DatabasePagedModel(Count count, Page<T> page, RowKey<T> rowKey) {
        this.count = count;
        this.page = page;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(count.count(filterBy), Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize, sortBy, filterBy);
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }
}
