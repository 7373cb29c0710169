package io.strongroom.xksproxy;

/** The XKS proxy API an incoming request addressed; {@link #UNKNOWN} for a path that names none. */
public enum XksOperation {
    HEALTH,
    GET_KEY_METADATA,
    ENCRYPT,
    DECRYPT,
    UNKNOWN
}
