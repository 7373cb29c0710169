package io.strongroom.client;

import java.io.Serializable;
import java.util.List;

/**
 * KeyMetadata's MultiRegionConfiguration, present only on multi-Region keys: whether the key is the
 * PRIMARY or a REPLICA, the primary key, and every replica key (a replica lists itself too), as
 * the region that answers knows them.
 */
public final class MultiRegionConfiguration implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String multiRegionKeyType;
    private final MultiRegionKey primaryKey;
    private final List<MultiRegionKey> replicaKeys;

    public MultiRegionConfiguration(String multiRegionKeyType, MultiRegionKey primaryKey, List<MultiRegionKey> replicaKeys) {
        this.multiRegionKeyType = multiRegionKeyType;
        this.primaryKey = primaryKey;
        this.replicaKeys = replicaKeys;
    }

    /** PRIMARY or REPLICA. */
    public String multiRegionKeyType() {
        return multiRegionKeyType;
    }

    public MultiRegionKey primaryKey() {
        return primaryKey;
    }

    /** Empty, never null, for a primary without replicas. */
    public List<MultiRegionKey> replicaKeys() {
        return replicaKeys;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MultiRegionConfiguration that)) {
            return false;
        }
        return java.util.Objects.equals(multiRegionKeyType, that.multiRegionKeyType)
                && java.util.Objects.equals(primaryKey, that.primaryKey)
                && java.util.Objects.equals(replicaKeys, that.replicaKeys);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(multiRegionKeyType, primaryKey, replicaKeys);
    }

    @Override
    public String toString() {
        return "MultiRegionConfiguration[multiRegionKeyType=" + multiRegionKeyType + ", primaryKey=" + primaryKey
                + ", replicaKeys=" + replicaKeys + "]";
    }
}
