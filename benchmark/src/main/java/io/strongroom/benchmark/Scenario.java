package io.strongroom.benchmark;

import java.util.Objects;

/**
 * One kind of request the benchmark measures: a name for the report and the request itself.
 *
 * <p>Exists so that later scenarios (other operations, other sizes) are one line in the
 * scenario list and the runner and report stay untouched.
 *
 * @param name    label printed in the report
 * @param request one complete request; it returns normally only when the server answered
 *                with a correct, successful response
 */
public record Scenario(String name, Request request) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(request, "request");
    }

    /** A single blocking request, sent once per call from one client thread. */
    @FunctionalInterface
    public interface Request {
        void send() throws Exception;
    }
}
