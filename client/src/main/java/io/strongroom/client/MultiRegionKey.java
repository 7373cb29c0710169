package io.strongroom.client;

import java.io.Serializable;

/** One key of a multi-Region key set in MultiRegionConfiguration: its key ARN and its Region. */
public final class MultiRegionKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String arn;
    private final String region;

    public MultiRegionKey(String arn, String region) {
        this.arn = arn;
        this.region = region;
    }

    public String arn() {
        return arn;
    }

    public String region() {
        return region;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MultiRegionKey that)) {
            return false;
        }
        return java.util.Objects.equals(arn, that.arn) && java.util.Objects.equals(region, that.region);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(arn, region);
    }

    @Override
    public String toString() {
        return "MultiRegionKey[arn=" + arn + ", region=" + region + "]";
    }
}
