package io.strongroom.relay.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.strongroom.relay.RegionNames;
import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.RelayedMessage;
import io.strongroom.relay.Verdict;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

/**
 * {@code POST /relay/v1/{region}} forwards the body to the region's replication endpoint and
 * returns the region's status and body unchanged; {@code GET /relay/v1/health} says the relay is
 * up. The relay never looks into a body: it counts its bytes and hands it to the {@link Gate}.
 */
public final class RelayHandler implements HttpHandler {

    private static final String PREFIX = "/relay/v1/";
    private static final String HEALTH = PREFIX + "health";

    private final RouteTable routes;
    private final Gate gate;
    private final Forwarder forwarder;
    private final int maxBytes;
    private int running;

    public RelayHandler(RelayConfiguration configuration, RouteTable routes, Gate gate) throws GeneralSecurityException {
        this.routes = routes;
        this.gate = gate;
        this.forwarder = new Forwarder(configuration);
        this.maxBytes = configuration.maxMessageBytes();
    }

    @Override
    public void handle(HttpExchange exchange) {
        started();
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(HEALTH)) {
                health(exchange);
            } else if (path.startsWith(PREFIX) && path.indexOf('/', PREFIX.length()) < 0) {
                relay(exchange, path.substring(PREFIX.length()));
            } else {
                Replies.error(exchange, 404, Replies.NOT_FOUND, "the relay serves POST /relay/v1/{region} and GET "
                        + HEALTH);
            }
        } catch (IOException e) {
            ExchangeLog.LOG.log(Level.FINE, "the caller's connection failed: {0}", e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            ExchangeLog.LOG.log(Level.WARNING, "relay failure", e);
            failed(exchange);
        } finally {
            exchange.close();
            finished();
        }
    }

    /**
     * Waits until no exchange is running, for at most {@code timeout}, so that a stopping relay can
     * let running exchanges finish without waiting out the whole grace period when there are none.
     */
    public synchronized void awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); running > 0 && left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private synchronized void started() {
        running++;
    }

    private synchronized void finished() {
        if (--running == 0) {
            notifyAll();
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            methodNotAllowed(exchange, "GET");
            return;
        }
        Replies.send(exchange, 200, Optional.of("application/json"), "{\"status\":\"UP\"}".getBytes(StandardCharsets.US_ASCII));
    }

    private void relay(HttpExchange exchange, String region) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            methodNotAllowed(exchange, "POST");
            return;
        }
        ExchangeLog log = new ExchangeLog(RegionNames.isValid(region) ? region : "(not a region name)");
        if (!RegionNames.isValid(region) || routes.messagesUri(region).isEmpty()) {
            log.note("unknown region, 404").write(Level.FINE);
            Replies.error(exchange, 404, Replies.UNKNOWN_REGION, RegionNames.isValid(region)
                    ? "the relay has no route to region " + region : "not a region name");
            return;
        }
        Optional<byte[]> body = BoundedBody.announcedTooLarge(exchange.getRequestHeaders().getFirst("Content-Length"),
                maxBytes) ? Optional.empty() : BoundedBody.read(exchange.getRequestBody(), maxBytes);
        if (body.isEmpty()) {
            log.note("request over " + maxBytes + " B, 413").write(Level.FINE);
            Replies.error(exchange, 413, Replies.MESSAGE_TOO_LARGE, "a message is at most " + maxBytes + " bytes");
            return;
        }
        log.note("request " + body.get().length + " B");
        String contentType = Replies.mediaType(exchange.getRequestHeaders().getFirst("Content-Type"));
        Gate.Admission admission = gate.admit(region, body.get());
        log.exchange(admission.request().exchange());
        try {
            deliver(exchange, admission, contentType, log);
        } finally {
            gate.handled(admission);
        }
    }

    private void deliver(HttpExchange exchange, Gate.Admission admission, String contentType, ExchangeLog log)
            throws IOException {
        String destination = admission.request().destination();
        byte[] payload = admission.request().body();
        Verdict verdict = admission.verdict();
        if (verdict instanceof Verdict.Drop) {
            log.note("tamper dropped the request, 502").write(Level.FINE);
            unreachable(exchange);
            return;
        } else if (verdict instanceof Verdict.Hold hold) {
            log.note(gate.awaitRelease(admission, hold.maxHold()) ? "tamper held it until the next request"
                    : "tamper held it, no next request within " + hold.maxHold().toMillis() + " ms");
        } else if (verdict instanceof Verdict.Redirect redirect) {
            destination = redirect.region();
            log.note("tamper redirected it to " + (RegionNames.isValid(destination) ? destination : "(not a region name)"));
        } else if (verdict instanceof Verdict.Replace replace) {
            payload = replace.body();
            log.note("tamper replaced it with " + payload.length + " B");
        }
        Optional<URI> target = routes.messagesUri(destination);
        if (target.isEmpty()) {
            log.note("no route, 502").write(Level.FINE);
            unreachable(exchange);
            return;
        }
        Forwarder.RegionReply reply;
        try {
            reply = forwarder.deliver(target.get(), payload, contentType);
        } catch (Forwarder.RegionFailure failure) {
            regionFailed(exchange, failure, log);
            return;
        }
        log.note("region answered " + reply.status() + " with " + reply.body().length + " B");
        answer(exchange, admission.request().exchange(), destination, reply, log);
    }

    private void answer(HttpExchange exchange, long number, String region, Forwarder.RegionReply reply, ExchangeLog log)
            throws IOException {
        Verdict verdict = gate.inspectResponse(RelayedMessage.response(number, region, reply.status(), reply.body()));
        byte[] body = reply.body();
        if (verdict instanceof Verdict.Drop) {
            log.note("tamper dropped the answer, 502").write(Level.FINE);
            unreachable(exchange);
            return;
        } else if (verdict instanceof Verdict.Replace replace) {
            body = replace.body();
            log.note("tamper replaced the answer with " + body.length + " B");
        }
        log.write(Level.FINE);
        Replies.send(exchange, reply.status(), reply.contentType(), body);
    }

    private void regionFailed(HttpExchange exchange, Forwarder.RegionFailure failure, ExchangeLog log)
            throws IOException {
        switch (failure.kind()) {
            case TIMEOUT -> {
                log.note("region did not answer in time, 504").write(Level.WARNING);
                Replies.error(exchange, 504, Replies.REGION_TIMEOUT, "the region did not answer in time");
            }
            case RESPONSE_TOO_LARGE -> {
                log.note("region answered over " + maxBytes + " B, 502").write(Level.WARNING);
                Replies.error(exchange, 502, Replies.REGION_UNREACHABLE, "the region's answer was too large");
            }
            default -> {
                Throwable cause = failure.getCause();
                log.note("region unreachable (" + (cause == null ? "?" : cause.getClass().getSimpleName()) + "), 502")
                        .write(Level.WARNING);
                unreachable(exchange);
            }
        }
    }

    /** The same answer for a lost message as for a region that is down, so a caller cannot tell them apart. */
    private static void unreachable(HttpExchange exchange) throws IOException {
        Replies.error(exchange, 502, Replies.REGION_UNREACHABLE, "the region could not be reached");
    }

    private static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        Replies.error(exchange, 405, Replies.METHOD_NOT_ALLOWED, "use " + allowed);
    }

    /** A 500 when nothing was sent yet (e.g. a tamper returned a verdict that does not fit the message). */
    private static void failed(HttpExchange exchange) {
        if (exchange.getResponseCode() == -1) {
            try {
                Replies.error(exchange, 500, Replies.RELAY_FAILURE, "the relay failed");
            } catch (IOException ignored) {
                // the caller is gone; nothing left to tell it
            }
        }
    }
}
