package io.strongroom.infrastructure.xks;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Per store, on this node: proxy call latency percentiles and error counts by failure and by
 * ConnectionErrorCode, for the console and GET /prometheus. In memory; a restart starts afresh.
 */
@ApplicationScoped
public class XksProxyMetrics {

    /**
     * @param calls          calls made (successes and failures)
     * @param p50Millis      latency percentiles of all calls, in milliseconds (0 with no calls)
     * @param errorsByFailure failure label ({@link XksProxyFailure#label()}) → count
     */
    public record StoreFigures(String customKeyStoreId, long calls, double p50Millis, double p90Millis,
                               double p99Millis, double maxMillis, Map<String, Long> errorsByFailure) {
    }

    public void recordSuccess(String customKeyStoreId, String apiName, long nanos) {
        throw new UnsupportedOperationException("not yet built");
    }

    public void recordFailure(String customKeyStoreId, String apiName, long nanos, XksProxyFailure failure) {
        throw new UnsupportedOperationException("not yet built");
    }

    public StoreFigures figures(String customKeyStoreId) {
        throw new UnsupportedOperationException("not yet built");
    }

    public List<StoreFigures> allFigures() {
        throw new UnsupportedOperationException("not yet built");
    }
}
