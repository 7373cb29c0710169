package io.strongroom.relay.tamper;

import io.strongroom.relay.Direction;
import io.strongroom.relay.RegionNames;
import io.strongroom.relay.Tamper;
import io.strongroom.relay.Verdict;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * Ready-made attacks for {@link io.strongroom.relay.ReplicationRelay#hostile(Tamper)}. Each one
 * attacks every message it applies to; {@link Tamper#onlyWhen} narrows it, e.g. to one exchange.
 * Bits are numbered from 0, the most significant bit of the first byte.
 */
public final class Tampers {

    /** How long {@link #reorder()} keeps a request back when no next request comes. */
    public static final Duration DEFAULT_MAX_HOLD = Duration.ofSeconds(30);

    private Tampers() {
    }

    /**
     * Flips bit {@code bit} of every non-empty message going {@code direction}; beyond the end of a
     * message it counts on from the start again, so every such message is altered.
     */
    public static Tamper flipBit(Direction direction, long bit) {
        if (bit < 0) {
            throw new IllegalArgumentException("bit must not be negative");
        }
        return on(direction, body -> body.length == 0 ? Verdict.pass() : Verdict.replace(flipped(body, bit)));
    }

    /** Flips one random bit of every non-empty message going {@code direction}; it tells which. */
    public static RandomBitFlip flipRandomBit(Direction direction) {
        return new RandomBitFlip(direction, new Random());
    }

    /** Replaces every message going {@code direction} with {@code earlier}, e.g. one taken from the relay's recording. */
    public static Tamper replay(Direction direction, byte[] earlier) {
        byte[] copy = earlier.clone();
        return on(direction, body -> Verdict.replace(copy));
    }

    /**
     * Replaces every message going {@code direction} with the one before it that went the same way to
     * or from the same region; the first such message passes (and is the first to be replayed).
     */
    public static Tamper replayPrevious(Direction direction) {
        Objects.requireNonNull(direction, "direction");
        Map<String, byte[]> previous = new HashMap<>();
        return message -> {
            if (message.direction() != direction) {
                return Verdict.pass();
            }
            byte[] earlier = previous.put(message.destination(), message.body());
            return earlier == null ? Verdict.pass() : Verdict.replace(earlier);
        };
    }

    /** Swaps requests in pairs: holds one until the next has been delivered (at most {@link #DEFAULT_MAX_HOLD}). */
    public static Reorder reorder() {
        return new Reorder(DEFAULT_MAX_HOLD);
    }

    /** Swaps requests in pairs, holding each first one for at most {@code maxHold}. */
    public static Reorder reorder(Duration maxHold) {
        return new Reorder(maxHold);
    }

    /** Delivers every request to {@code region}, whichever region the caller addressed. */
    public static Tamper redirectTo(String region) {
        String target = RegionNames.require(region);
        return message -> message.direction() == Direction.REQUEST ? Verdict.redirect(target) : Verdict.pass();
    }

    /**
     * Cuts every non-empty message going {@code direction} to its first {@code length} bytes, and
     * always by at least one byte, so every such message is altered.
     */
    public static Tamper truncate(Direction direction, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        return on(direction, body -> body.length == 0 ? Verdict.pass()
                : Verdict.replace(Arrays.copyOf(body, Math.min(length, body.length - 1))));
    }

    /**
     * Loses every message going {@code direction}: a dropped request never reaches the region, a
     * dropped response reaches no caller; either way the caller gets 502.
     */
    public static Tamper drop(Direction direction) {
        return on(direction, body -> Verdict.drop());
    }

    /** {@code body} with bit {@code bit} (modulo its length in bits) flipped. */
    static byte[] flipped(byte[] body, long bit) {
        long position = bit % (8L * body.length);
        byte[] copy = body.clone();
        copy[(int) (position / 8)] ^= (byte) (0x80 >>> (position % 8));
        return copy;
    }

    private static Tamper on(Direction direction, Function<byte[], Verdict> attack) {
        Objects.requireNonNull(direction, "direction");
        return message -> message.direction() == direction ? attack.apply(message.body()) : Verdict.pass();
    }
}
