package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoadRunnerTest {

    @Test
    void measuredRequestsStopAtTheRequestBound() throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        LoadRunner runner = new LoadRunner(4, Duration.ZERO, Duration.ofSeconds(30), 500, 10);

        long started = System.nanoTime();
        ScenarioResult result = runner.run(new Scenario("count", sent::incrementAndGet));

        assertEquals(500, result.requests());
        assertEquals(500, sent.get());
        assertEquals(0, result.errors());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "ended early on the count bound");
    }

    @Test
    void warmUpIsSentButNotRecordedAndTheTimeBoundHolds() throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        LoadRunner runner = new LoadRunner(2, Duration.ofMillis(200), Duration.ofMillis(300), 1_000_000, 10);

        ScenarioResult result = runner.run(new Scenario("sleepy", () -> {
            sent.incrementAndGet();
            Thread.sleep(5);
        }));

        assertTrue(result.requests() > 0);
        assertTrue(sent.get() > result.requests(), "warm-up requests are not in the figures");
        assertTrue(result.measuredNanos() >= Duration.ofMillis(250).toNanos(), "measured ~300 ms");
        assertTrue(result.measuredNanos() < Duration.ofSeconds(2).toNanos(), "measured ~300 ms");
        assertTrue(result.p50Millis() >= 5.0, "latency covers the request");
    }

    @Test
    void failingScenarioStopsAtTheErrorBoundAndKeepsTheFirstFailure() throws InterruptedException {
        LoadRunner runner = new LoadRunner(3, Duration.ZERO, Duration.ofSeconds(30), 1_000_000, 20);

        ScenarioResult result = runner.run(new Scenario("broken", () -> {
            throw new IllegalStateException("server said no\nsecond line");
        }));

        assertEquals(0, result.requests());
        assertTrue(result.errors() >= 20 && result.errors() < 20 + 3, "stops at the bound: " + result.errors());
        assertEquals("IllegalStateException: server said no", result.firstError().orElseThrow());
    }
}
