package io.strongroom.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one scenario's request from N concurrent clients: a warm-up period whose requests are
 * not recorded, then a measured period that ends at its deadline, at the request budget, or
 * after too many failures, whichever comes first.
 *
 * <p>Each client is a platform thread sending blocking requests back to back (closed loop),
 * which is what N application threads sharing one KMS client do. Every loop is bounded in
 * time and count, so a stalled server cannot keep the benchmark running.
 */
public final class LoadRunner {

    /** How long past the measured deadline a client may take to return from its last call. */
    private static final Duration STRAGGLER_GRACE = Duration.ofSeconds(60);

    private final int clients;
    private final Duration warmUp;
    private final Duration measured;
    private final long maxRequests;
    private final long maxErrors;

    public LoadRunner(int clients, Duration warmUp, Duration measured, long maxRequests, long maxErrors) {
        if (clients < 1 || measured.isNegative() || measured.isZero() || warmUp.isNegative()
                || maxRequests < 1 || maxErrors < 1) {
            throw new IllegalArgumentException("clients, measured period, request and error bounds must be positive");
        }
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
        this.maxRequests = maxRequests;
        this.maxErrors = maxErrors;
    }

    public ScenarioResult run(Scenario scenario) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        Shared shared = new Shared(maxRequests);

        List<Client> workers = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            Client client = new Client(scenario.request(), measureFrom, measureUntil, shared);
            Thread thread = new Thread(client, "bench-" + scenario.name() + "-" + i);
            thread.setDaemon(true);
            client.thread = thread;
            workers.add(client);
            thread.start();
        }
        long joinDeadline = measureUntil + STRAGGLER_GRACE.toNanos();
        for (Client client : workers) {
            long left = joinDeadline - System.nanoTime();
            if (left > 0) {
                client.thread.join(Math.max(1, left / 1_000_000));
            }
            if (client.thread.isAlive()) {
                client.thread.interrupt();
                shared.recordError(new IllegalStateException("client still blocked "
                        + STRAGGLER_GRACE.toSeconds() + " s after the measured period"));
            }
        }

        List<LatencySamples> parts = new ArrayList<>(clients);
        long lastResponse = measureFrom;
        for (Client client : workers) {
            parts.add(client.samples);
            lastResponse = Math.max(lastResponse, client.lastMeasuredResponse);
        }
        return new ScenarioResult(scenario.name(), clients, shared.errors.get(),
                Optional.ofNullable(shared.firstError.get()), lastResponse - measureFrom,
                LatencySamples.merge(parts));
    }

    /** State all clients of one scenario share: the request budget and the failures. */
    private final class Shared {
        final AtomicLong budget;
        final AtomicLong errors = new AtomicLong();
        final AtomicReference<String> firstError = new AtomicReference<>();

        Shared(long maxRequests) {
            budget = new AtomicLong(maxRequests);
        }

        void recordError(Throwable failure) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, describe(failure));
        }

        boolean tooManyErrors() {
            return errors.get() >= maxErrors;
        }
    }

    /** Keeps the report readable: type plus the first line of the message, truncated. */
    static String describe(Throwable failure) {
        // Some exceptions (ConnectException from the JDK client) only carry a message in a cause.
        while (failure.getMessage() == null && failure.getCause() != null) {
            failure = failure.getCause();
        }
        String message = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        return failure.getClass().getSimpleName() + ": " + message;
    }

    private static final class Client implements Runnable {
        private final Scenario.Request request;
        private final long measureFrom;
        private final long measureUntil;
        private final Shared shared;
        final LatencySamples samples = new LatencySamples(4096);
        volatile long lastMeasuredResponse;
        Thread thread;

        Client(Scenario.Request request, long measureFrom, long measureUntil, Shared shared) {
            this.request = request;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.shared = shared;
        }

        @Override
        public void run() {
            long lastResponse = measureFrom;
            while (!Thread.currentThread().isInterrupted() && !shared.tooManyErrors()) {
                long sent = System.nanoTime();
                if (sent >= measureUntil) {
                    break;
                }
                boolean measuredCall = sent >= measureFrom;
                if (measuredCall && shared.budget.getAndDecrement() <= 0) {
                    break;
                }
                try {
                    request.send();
                    long received = System.nanoTime();
                    if (measuredCall) {
                        samples.add(received - sent);
                        lastResponse = received;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception | AssertionError e) {
                    // Warm-up failures count too: a server that fails while warming up is not
                    // producing a figure worth reporting.
                    shared.recordError(e);
                    lastResponse = Math.max(lastResponse, System.nanoTime());
                }
            }
            lastMeasuredResponse = lastResponse;
        }
    }
}
