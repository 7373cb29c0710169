package io.strongroom.relay.tamper;

import io.strongroom.relay.Direction;
import io.strongroom.relay.RelayedMessage;
import io.strongroom.relay.Tamper;
import io.strongroom.relay.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Flips one random bit of each non-empty message going one way, and keeps the positions so that a
 * test can check the message that arrived differs from the one sent in exactly that bit.
 */
public final class RandomBitFlip implements Tamper {

    private final Direction direction;
    private final Random random;
    private final List<Long> flipped = new CopyOnWriteArrayList<>();

    RandomBitFlip(Direction direction, Random random) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.random = random;
    }

    @Override
    public Verdict inspect(RelayedMessage message) {
        if (message.direction() != direction || message.size() == 0) {
            return Verdict.pass();
        }
        long bit = random.nextInt(8 * message.size());
        flipped.add(bit);
        return Verdict.replace(Tampers.flipped(message.body(), bit));
    }

    /** The bit flipped in each altered message, in the order of the messages. */
    public List<Long> flippedBits() {
        return List.copyOf(flipped);
    }
}
