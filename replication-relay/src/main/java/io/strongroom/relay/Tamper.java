package io.strongroom.relay;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * The attacker in a hostile relay: it sees every request before the relay delivers it and every
 * response before the relay returns it, and decides what happens to each. Tests use it to prove
 * that regions accept nothing a relay has touched; {@code io.strongroom.relay.tamper.Tampers}
 * holds the ready-made attacks.
 *
 * <p>The relay calls one tamper for one message at a time, so an implementation needs no locking
 * of its own, and must return quickly: a {@link Verdict.Hold} is how it delays a message.
 */
@FunctionalInterface
public interface Tamper {

    /** Decides what happens to {@code message}. */
    Verdict inspect(RelayedMessage message);

    /** The relay's normal behaviour: every message passes unchanged. */
    static Tamper honest() {
        return message -> Verdict.pass();
    }

    /** This tamper for the messages {@code condition} selects; the others pass unchanged. */
    default Tamper onlyWhen(Predicate<RelayedMessage> condition) {
        Objects.requireNonNull(condition, "condition");
        return message -> condition.test(message) ? inspect(message) : Verdict.pass();
    }
}
