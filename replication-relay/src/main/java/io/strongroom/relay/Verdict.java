package io.strongroom.relay;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link Tamper} decides the relay does with one message: everything a hostile network
 * between two regions can do to it. {@link Redirect} and {@link Hold} apply to requests only (a
 * response has nowhere else to go); the relay answers 500 when a tamper returns them for a response.
 */
public sealed interface Verdict {

    /** Passes the message on unchanged. */
    record Pass() implements Verdict {
    }

    /** Passes these bytes on in place of the message's (a flipped bit, a replay, a truncation). */
    record Replace(byte[] body) implements Verdict {
        public Replace {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /** Delivers the request to another region than the caller addressed. */
    record Redirect(String region) implements Verdict {
        public Redirect {
            Objects.requireNonNull(region, "region");
        }
    }

    /**
     * Keeps the request back until the relay has handled the next request (so that one arrives
     * first), or for {@code maxHold} when no next request comes.
     */
    record Hold(Duration maxHold) implements Verdict {
        public Hold {
            if (maxHold.isNegative() || maxHold.isZero()) {
                throw new IllegalArgumentException("maxHold must be positive");
            }
        }
    }

    /** Loses the message: the caller gets 502, as when the region cannot be reached. */
    record Drop() implements Verdict {
    }

    static Verdict pass() {
        return new Pass();
    }

    static Verdict replace(byte[] body) {
        return new Replace(body);
    }

    static Verdict redirect(String region) {
        return new Redirect(region);
    }

    static Verdict hold(Duration maxHold) {
        return new Hold(maxHold);
    }

    static Verdict drop() {
        return new Drop();
    }
}
