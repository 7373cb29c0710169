package io.strongroom.domain;

/** A multi-Region key's role among its related keys: the one primary, or one of its replicas. */
public enum MultiRegionKeyType {
    PRIMARY, REPLICA
}
