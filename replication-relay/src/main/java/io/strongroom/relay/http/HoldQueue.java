package io.strongroom.relay.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Requests a tamper keeps back so that a later one overtakes them. A held request waits until a
 * request admitted after it has been handled, or until its maximum hold.
 */
final class HoldQueue {

    private final List<Held> held = new ArrayList<>();

    /** Holds exchange {@code exchange}; called while the gate admits it, so no later request can be handled first. */
    synchronized Held hold(long exchange) {
        Held entry = new Held(exchange, new CountDownLatch(1));
        held.add(entry);
        return entry;
    }

    /**
     * Waits until {@code entry} is released or {@code maxHold} has passed.
     *
     * @return true when a later request released it, false when the hold ran out
     */
    boolean await(Held entry, Duration maxHold) {
        try {
            return entry.released().await(maxHold.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            synchronized (this) {
                held.remove(entry);
            }
        }
    }

    /** Releases every request held before exchange {@code handled}, which the relay has just handled. */
    synchronized void releaseBefore(long handled) {
        held.stream().filter(entry -> entry.exchange() < handled).forEach(entry -> entry.released().countDown());
    }

    /** Releases everything, e.g. when the relay stops. */
    synchronized void releaseAll() {
        held.forEach(entry -> entry.released().countDown());
    }

    record Held(long exchange, CountDownLatch released) {
    }
}
