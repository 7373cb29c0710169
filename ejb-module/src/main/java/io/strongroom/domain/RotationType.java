package io.strongroom.domain;

/** How a key's material came to be rotated, as ListKeyRotations reports it. */
public enum RotationType {
    /** By the rotation sweeper when the key's NextRotationDate had passed. */
    AUTOMATIC,
    /** By a RotateKeyOnDemand call. */
    ON_DEMAND
}
