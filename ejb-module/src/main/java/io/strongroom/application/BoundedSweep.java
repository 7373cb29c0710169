package io.strongroom.application;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The loop every timer sweep shares: read due items in bounded batches after a cursor, process
 * each in its own transaction (the processor's job), count what was done, skipped or failed, and
 * carry on past a failing item so that one bad key never stops the sweep.
 */
final class BoundedSweep {

    /** What one sweep did. */
    record Outcome(int done, int failed, int skipped) {
    }

    /** The next batch of due items after the cursor (null = from the start), at most batchSize of them. */
    interface BatchSource<T> {
        List<T> after(T cursor, int batchSize);
    }

    private BoundedSweep() {
    }

    /**
     * @param process   true when the item was handled, false when it was no longer due or held elsewhere
     * @param onFailure called with the item's key id and the failure; the sweep goes on
     */
    static <T> Outcome run(int batchSize, int maxBatches, BatchSource<T> source, Function<T, String> keyIdOf,
                           Predicate<T> process, BiConsumer<String, RuntimeException> onFailure) {
        int done = 0;
        int failed = 0;
        int skipped = 0;
        T cursor = null;
        for (int batch = 0; batch < maxBatches; batch++) {
            List<T> due = source.after(cursor, batchSize);
            for (T item : due) {
                try {
                    if (process.test(item)) {
                        done++;
                    } else {
                        skipped++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    onFailure.accept(keyIdOf.apply(item), e);
                }
            }
            if (due.size() < batchSize) {
                break;
            }
            cursor = due.get(due.size() - 1);
        }
        return new Outcome(done, failed, skipped);
    }

    /** The innermost cause: only its type is logged, since database messages can quote row values. */
    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
