package io.strongroom.relay.tamper;

import io.strongroom.relay.Direction;
import io.strongroom.relay.RelayedMessage;
import io.strongroom.relay.Tamper;
import io.strongroom.relay.Verdict;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Swaps requests in pairs: it holds the first request of each pair until the relay has handled the
 * second, so the region receives the second first. A test that sends the second request only
 * after {@link #awaitHolding} is sure the swap happens. Responses pass.
 */
public final class Reorder implements Tamper {

    private final Verdict hold;
    private final Semaphore holding = new Semaphore(0);
    private boolean holdNext = true;

    Reorder(Duration maxHold) {
        this.hold = Verdict.hold(maxHold);
    }

    @Override
    public Verdict inspect(RelayedMessage message) {
        if (message.direction() != Direction.REQUEST) {
            return Verdict.pass();
        }
        boolean holdThis = holdNext;
        holdNext = !holdNext;
        if (!holdThis) {
            return Verdict.pass();
        }
        holding.release();
        return hold;
    }

    /**
     * Waits until the relay holds a request (once per held request).
     *
     * @return false when none was held within {@code timeout}
     */
    public boolean awaitHolding(Duration timeout) throws InterruptedException {
        return holding.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
}
