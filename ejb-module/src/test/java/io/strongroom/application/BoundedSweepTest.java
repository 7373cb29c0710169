package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedSweepTest {

    private static final List<Integer> DUE = IntStream.range(0, 25).boxed().toList();

    private static List<Integer> after(Integer cursor, int size) {
        int from = cursor == null ? 0 : cursor + 1;
        return DUE.subList(Math.min(from, DUE.size()), Math.min(from + size, DUE.size()));
    }

    @Test
    void goesOnPastFailuresAndCountsEachOutcome() {
        List<String> failedKeys = new ArrayList<>();
        BoundedSweep.Outcome outcome = BoundedSweep.run(10, 5, BoundedSweepTest::after, i -> "key-" + i, i -> {
            if (i % 7 == 3) {
                throw new IllegalStateException("broken");
            }
            return i % 5 != 0;
        }, (keyId, failure) -> failedKeys.add(keyId));
        assertEquals(List.of("key-3", "key-10", "key-17", "key-24"), failedKeys);
        assertEquals(new BoundedSweep.Outcome(17, 4, 4), outcome);
    }

    @Test
    void stopsAtTheBatchBound() {
        BoundedSweep.Outcome outcome = BoundedSweep.run(10, 2, BoundedSweepTest::after, i -> "key-" + i, i -> true,
                (keyId, failure) -> { });
        assertEquals(20, outcome.done());
    }
}
