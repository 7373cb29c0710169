package io.strongroom.relay;

/** Which way a message crosses the relay, so that a {@link Tamper} can attack one way only. */
public enum Direction {
    /** From the sending region (the relay's caller) to the addressed region. */
    REQUEST,
    /** The addressed region's answer, on its way back to the caller. */
    RESPONSE
}
