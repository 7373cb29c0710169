package io.strongroom.xksproxy;

/** What an external key may be used for, as GetKeyMetadata reports it in {@code keyUsage}. */
public enum KeyUsage {
    ENCRYPT,
    DECRYPT
}
