package io.strongroom.relay.http;

import io.strongroom.relay.RelayedMessage;
import io.strongroom.relay.Tamper;
import io.strongroom.relay.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * Where every message passes on its way through the relay: it numbers the exchanges, records the
 * messages when the relay records, and asks the current {@link Tamper} what happens to each. The
 * tamper sees one message at a time, in the order the exchanges are numbered.
 */
public final class Gate {

    private final Object inspection = new Object();
    private final Optional<Queue<RelayedMessage>> recording;
    private final HoldQueue holds = new HoldQueue();
    private volatile Tamper tamper = Tamper.honest();
    private long exchanges;

    public Gate(boolean record) {
        this.recording = record ? Optional.of(new ConcurrentLinkedQueue<>()) : Optional.empty();
    }

    /** Switches to {@code attacker} for the next message; {@link Tamper#honest()} ends the hostile mode. */
    public void tamper(Tamper attacker) {
        this.tamper = Objects.requireNonNull(attacker, "tamper");
    }

    /**
     * Everything recorded so far, in the order it crossed the relay.
     *
     * @throws IllegalStateException when the relay does not record, so a test cannot prove nothing leaked by looking at nothing
     */
    public Stream<RelayedMessage> recorded() {
        return List.copyOf(recording()).stream();
    }

    public void clearRecorded() {
        recording().clear();
    }

    /** Numbers and inspects a request; a held request is queued before any later request can be inspected. */
    Admission admit(String destination, byte[] body) {
        synchronized (inspection) {
            RelayedMessage request = RelayedMessage.request(++exchanges, destination, body);
            recording.ifPresent(messages -> messages.add(request));
            Verdict verdict = tamper.inspect(request);
            Optional<HoldQueue.Held> held = verdict instanceof Verdict.Hold
                    ? Optional.of(holds.hold(request.exchange())) : Optional.empty();
            return new Admission(request, verdict, held);
        }
    }

    /** Waits while a held request is held; true when a later request overtook it. */
    boolean awaitRelease(Admission admission, Duration maxHold) {
        return holds.await(admission.held().orElseThrow(), maxHold);
    }

    /** Marks a request handled, releasing requests held before it unless it was held itself. */
    void handled(Admission admission) {
        if (admission.held().isEmpty()) {
            holds.releaseBefore(admission.request().exchange());
        }
    }

    /** Records and inspects a region's answer; only pass, replace and drop apply to it. */
    Verdict inspectResponse(RelayedMessage response) {
        synchronized (inspection) {
            recording.ifPresent(messages -> messages.add(response));
            Verdict verdict = tamper.inspect(response);
            if (verdict instanceof Verdict.Redirect || verdict instanceof Verdict.Hold) {
                throw new IllegalStateException(verdict.getClass().getSimpleName() + " applies to requests only");
            }
            return verdict;
        }
    }

    /** Lets every held request go, e.g. when the relay stops. */
    public void releaseAll() {
        holds.releaseAll();
    }

    private Queue<RelayedMessage> recording() {
        return recording.orElseThrow(() -> new IllegalStateException(
                "this relay does not record messages; start it with RelayConfiguration.Builder.recordMessages(true)"));
    }

    /** A numbered request and the tamper's verdict on it. */
    record Admission(RelayedMessage request, Verdict verdict, Optional<HoldQueue.Held> held) {
    }
}
