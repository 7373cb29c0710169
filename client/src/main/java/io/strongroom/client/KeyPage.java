package io.strongroom.client;

import java.io.Serializable;
import java.util.List;

/** One ListKeys page; nextMarker is null when truncated is false. */
public final class KeyPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<KeyListEntry> keys;
    private final String nextMarker;
    private final boolean truncated;

    public KeyPage(List<KeyListEntry> keys, String nextMarker, boolean truncated) {
        this.keys = keys;
        this.nextMarker = nextMarker;
        this.truncated = truncated;
    }

    public List<KeyListEntry> keys() {
        return keys;
    }

    public String nextMarker() {
        return nextMarker;
    }

    public boolean truncated() {
        return truncated;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KeyPage that)) {
            return false;
        }
        return java.util.Objects.equals(keys, that.keys) && java.util.Objects.equals(nextMarker, that.nextMarker) && truncated == that.truncated;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keys, nextMarker, truncated});
    }

    @Override
    public String toString() {
        return "KeyPage[" + "keys=" + keys + ", " + "nextMarker=" + nextMarker + ", " + "truncated=" + truncated + "]";
    }
}
