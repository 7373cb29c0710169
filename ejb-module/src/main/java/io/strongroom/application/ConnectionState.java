package io.strongroom.application;

/**
 * The ConnectionState of a custom key store (KMS-SPEC §5). Strongroom disconnects at once, so a
 * store is never seen DISCONNECTING.
 */
public enum ConnectionState {
    CONNECTED,
    CONNECTING,
    FAILED,
    DISCONNECTED
}
