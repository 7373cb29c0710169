package io.strongroom.infrastructure.xks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class XksProxyMetricsTest {

    private final XksProxyMetrics metrics = new XksProxyMetrics();

    @Test
    void percentilesAreNearestRankOverTheCalls() {
        for (int millis = 1; millis <= 100; millis++) {
            metrics.recordSuccess("cks-a", "Encrypt", millis * 1_000_000L);
        }
        XksProxyMetrics.StoreFigures figures = metrics.figures("cks-a");
        assertEquals(100, figures.calls());
        assertEquals(50.0, figures.p50Millis());
        assertEquals(90.0, figures.p90Millis());
        assertEquals(99.0, figures.p99Millis());
        assertEquals(100.0, figures.maxMillis());
        assertEquals(Map.of(), figures.errorsByFailure());
    }

    @Test
    void countsErrorsByFailureLabel() {
        metrics.recordFailure("cks-a", "GetHealthStatus", 2_000_000, XksProxyFailure.TIMED_OUT);
        metrics.recordFailure("cks-a", "GetHealthStatus", 2_000_000, XksProxyFailure.TIMED_OUT);
        metrics.recordFailure("cks-a", "Encrypt", 1_000_000, XksProxyFailure.AUTHENTICATION_FAILED);
        metrics.recordSuccess("cks-a", "Encrypt", 1_000_000);
        XksProxyMetrics.StoreFigures figures = metrics.figures("cks-a");
        assertEquals(4, figures.calls());
        assertEquals(Map.of("Timeout", 2L, "AuthenticationFailedException", 1L), figures.errorsByFailure());
    }

    @Test
    void keepsOnlyTheRecentWindowForLatenciesButCountsEveryCall() {
        for (int i = 0; i < XksProxyMetrics.WINDOW; i++) {
            metrics.recordSuccess("cks-a", "Encrypt", 500_000_000L);
        }
        for (int i = 0; i < XksProxyMetrics.WINDOW; i++) {
            metrics.recordSuccess("cks-a", "Encrypt", 3_000_000L);
        }
        XksProxyMetrics.StoreFigures figures = metrics.figures("cks-a");
        assertEquals(2L * XksProxyMetrics.WINDOW, figures.calls());
        assertEquals(3.0, figures.maxMillis());
        assertEquals(3.0, figures.p99Millis());
    }

    @Test
    void storesAreApartAndAnUnknownStoreHasNoFigures() {
        metrics.recordSuccess("cks-b", "Encrypt", 7_000_000);
        metrics.recordSuccess("cks-a", "Encrypt", 9_000_000);
        assertEquals(List.of("cks-a", "cks-b"),
                metrics.allFigures().stream().map(XksProxyMetrics.StoreFigures::customKeyStoreId).toList());
        assertEquals(7.0, metrics.figures("cks-b").maxMillis());
        assertEquals(0, metrics.figures("cks-none").calls());
        assertEquals(0.0, metrics.figures("cks-none").p99Millis());
        metrics.forget("cks-b");
        assertEquals(0, metrics.figures("cks-b").calls());
    }

    @Test
    void concurrentRecordingLosesNoCall() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            done.add(threads.submit(() -> {
                for (int i = 0; i < 5000; i++) {
                    if (i % 10 == 0) {
                        metrics.recordFailure("cks-a", "Decrypt", i, XksProxyFailure.NOT_REACHABLE);
                    } else {
                        metrics.recordSuccess("cks-a", "Decrypt", i);
                    }
                    if (i % 1000 == 0) {
                        metrics.figures("cks-a");
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertEquals(20_000, metrics.figures("cks-a").calls());
        assertEquals(2_000L, metrics.figures("cks-a").errorsByFailure().get("ConnectionFailed"));
    }
}
