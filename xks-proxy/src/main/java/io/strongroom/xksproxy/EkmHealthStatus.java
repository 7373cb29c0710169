package io.strongroom.xksproxy;

/** The health of one external key manager, as the health API reports it in {@code ekmFleetDetails}. */
public enum EkmHealthStatus {
    ACTIVE,
    DEGRADED,
    UNAVAILABLE
}
