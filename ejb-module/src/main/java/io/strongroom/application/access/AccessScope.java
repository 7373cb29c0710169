package io.strongroom.application.access;

import io.strongroom.application.CallerContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Who is calling which operation on this thread, with the request's condition keys. Opened by the
 * service interceptor around every service call and read where keys are resolved, so every key a
 * service obtains is authorized for the operation in progress. Internal work that has no caller
 * (timers, bootstrap) runs inside {@link #asSystem}; a key resolved outside any scope is refused.
 */
public final class AccessScope {

    /**
     * One open scope.
     *
     * @param caller     the caller, or null for system work
     * @param operation  AWS operation name, e.g. "Encrypt"
     * @param conditions request-derived condition keys (kms:EncryptionContext:*, kms:KeySpec on CreateKey, ...)
     */
    public record Frame(CallerContext caller, String operation, Map<String, List<String>> conditions) {

        public boolean system() {
            return caller == null;
        }
    }

    private static final ThreadLocal<Deque<Frame>> FRAMES = ThreadLocal.withInitial(ArrayDeque::new);

    private AccessScope() {
    }

    public static Optional<Frame> current() {
        return Optional.ofNullable(FRAMES.get().peek());
    }

    /** A handle that opens nothing: the call runs in the scope already open on this thread. */
    public static Handle inherit() {
        return new Handle(null);
    }

    /** Opens a scope; the returned handle closes it (use try-with-resources). */
    public static Handle open(Frame frame) {
        FRAMES.get().push(frame);
        return new Handle(frame);
    }

    /** Runs internal work with full access, e.g. from a timer. */
    public static <T> T asSystem(String operation, Callable<T> work) throws Exception {
        try (Handle ignored = open(new Frame(null, operation, Map.of()))) {
            return work.call();
        }
    }

    /** Closes exactly the frame it opened. */
    public static final class Handle implements AutoCloseable {
        private final Frame frame;

        private Handle(Frame frame) {
            this.frame = frame;
        }

        @Override
        public void close() {
            if (frame == null) {
                return;
            }
            Deque<Frame> frames = FRAMES.get();
            frames.remove(frame);
            if (frames.isEmpty()) {
                FRAMES.remove();
            }
        }
    }
}
