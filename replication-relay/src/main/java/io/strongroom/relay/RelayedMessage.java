package io.strongroom.relay;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One message as it reached the relay: what a {@link Tamper} inspects and what a recording relay
 * keeps, so that a test can prove which bytes crossed the relay. The body is copied in and out;
 * {@link #toString()} shows its size only, as the relay's log does.
 *
 * @param exchange    the relay's number for the request and its response, from 1 in the order
 *                    the tamper saw the requests
 * @param direction   request (caller to region) or response (region to caller)
 * @param destination for a request, the region the caller addressed; for a response, the region
 *                    that answered (another one after a redirect)
 * @param status      the region's HTTP status, for a response only
 * @param body        the opaque message bytes
 */
public record RelayedMessage(long exchange, Direction direction, String destination, OptionalInt status, byte[] body) {

    public RelayedMessage {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(status, "status");
        if (status.isPresent() != (direction == Direction.RESPONSE)) {
            throw new IllegalArgumentException("a response has a status and a request has none");
        }
        body = body.clone();
    }

    public static RelayedMessage request(long exchange, String destination, byte[] body) {
        return new RelayedMessage(exchange, Direction.REQUEST, destination, OptionalInt.empty(), body);
    }

    public static RelayedMessage response(long exchange, String region, int status, byte[] body) {
        return new RelayedMessage(exchange, Direction.RESPONSE, region, OptionalInt.of(status), body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public int size() {
        return body.length;
    }

    /** True when {@code needle} occurs anywhere in the body, e.g. a secret that must never cross the relay. */
    public boolean contains(byte[] needle) {
        if (needle.length == 0) {
            return true;
        }
        for (int start = 0; start + needle.length <= body.length; start++) {
            if (Arrays.equals(body, start, start + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RelayedMessage that && exchange == that.exchange && direction == that.direction
                && destination.equals(that.destination) && status.equals(that.status) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exchange, direction, destination, status, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RelayedMessage[exchange " + exchange + ", " + direction + ", " + destination
                + status.stream().mapToObj(s -> ", status " + s).findFirst().orElse("") + ", " + body.length + " bytes]";
    }
}
