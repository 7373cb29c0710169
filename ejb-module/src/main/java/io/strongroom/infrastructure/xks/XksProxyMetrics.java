package io.strongroom.infrastructure.xks;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per store, on this node: proxy call latency percentiles and error counts by failure, for the
 * console and GET /prometheus. In memory and bounded: the percentiles and the maximum describe
 * the last {@value #WINDOW} calls of each store; the call and error counts are totals since the
 * node started. A restart starts afresh.
 */
@ApplicationScoped
public class XksProxyMetrics {

    /** Calls kept per store for the percentiles. */
    public static final int WINDOW = 1024;

    /**
     * @param calls           calls made (successes and failures) since this node started
     * @param p50Millis       latency percentiles of the last {@value #WINDOW} calls, in milliseconds (0 with no calls)
     * @param maxMillis       the slowest of the last {@value #WINDOW} calls
     * @param errorsByFailure failure label ({@link XksProxyFailure#label()}) → count since this node started
     */
    public record StoreFigures(String customKeyStoreId, long calls, double p50Millis, double p90Millis,
                               double p99Millis, double maxMillis, Map<String, Long> errorsByFailure) {
    }

    private final Map<String, StoreCalls> stores = new ConcurrentHashMap<>();

    public void recordSuccess(String customKeyStoreId, String apiName, long nanos) {
        calls(customKeyStoreId).record(nanos, null);
    }

    public void recordFailure(String customKeyStoreId, String apiName, long nanos, XksProxyFailure failure) {
        calls(customKeyStoreId).record(nanos, failure);
    }

    public StoreFigures figures(String customKeyStoreId) {
        StoreCalls calls = stores.get(customKeyStoreId);
        return calls == null ? new StoreFigures(customKeyStoreId, 0, 0, 0, 0, 0, Map.of()) : calls.figures(customKeyStoreId);
    }

    /** Every store that was called on this node, by store id. */
    public List<StoreFigures> allFigures() {
        return stores.entrySet().stream().map(entry -> entry.getValue().figures(entry.getKey()))
                .sorted(Comparator.comparing(StoreFigures::customKeyStoreId)).toList();
    }

    /** Drops a deleted store's figures. */
    public void forget(String customKeyStoreId) {
        stores.remove(customKeyStoreId);
    }

    private StoreCalls calls(String customKeyStoreId) {
        return stores.computeIfAbsent(customKeyStoreId, id -> new StoreCalls());
    }

    /** One store's ring of recent latencies and its counters, guarded by its own lock. */
    private static final class StoreCalls {
        private final long[] latencies = new long[WINDOW];
        private final Map<String, Long> errors = new TreeMap<>();
        private long calls;

        synchronized void record(long nanos, XksProxyFailure failure) {
            latencies[(int) (calls % WINDOW)] = Math.max(0, nanos);
            calls++;
            if (failure != null) {
                errors.merge(failure.label(), 1L, Long::sum);
            }
        }

        StoreFigures figures(String customKeyStoreId) {
            long[] recent;
            long total;
            Map<String, Long> errorCounts;
            synchronized (this) {
                total = calls;
                recent = Arrays.copyOf(latencies, (int) Math.min(calls, WINDOW));
                errorCounts = java.util.Collections.unmodifiableMap(new TreeMap<>(errors));
            }
            Arrays.sort(recent);
            return new StoreFigures(customKeyStoreId, total, percentile(recent, 0.50), percentile(recent, 0.90),
                    percentile(recent, 0.99), recent.length == 0 ? 0 : millis(recent[recent.length - 1]), errorCounts);
        }
    }

    /** Nearest-rank percentile of sorted values, in milliseconds. */
    static double percentile(long[] sortedNanos, double fraction) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sortedNanos.length);
        return millis(sortedNanos[Math.max(0, rank - 1)]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
