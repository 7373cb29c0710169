package io.strongroom.client;

import java.io.Serializable;
import java.util.List;

/** One ListAliases page; nextMarker is null when truncated is false. */
public final class AliasPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<AliasListEntry> aliases;
    private final String nextMarker;
    private final boolean truncated;

    public AliasPage(List<AliasListEntry> aliases, String nextMarker, boolean truncated) {
        this.aliases = aliases;
        this.nextMarker = nextMarker;
        this.truncated = truncated;
    }

    public List<AliasListEntry> aliases() {
        return aliases;
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
        if (!(other instanceof AliasPage that)) {
            return false;
        }
        return java.util.Objects.equals(aliases, that.aliases) && java.util.Objects.equals(nextMarker, that.nextMarker) && truncated == that.truncated;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {aliases, nextMarker, truncated});
    }

    @Override
    public String toString() {
        return "AliasPage[" + "aliases=" + aliases + ", " + "nextMarker=" + nextMarker + ", " + "truncated=" + truncated + "]";
    }
}
