package io.strongroom.client;

import java.io.Serializable;
import java.util.List;

/** One ListResourceTags page, tags ordered by tag key; nextMarker is null when truncated is false. */
public final class TagPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Tag> tags;
    private final String nextMarker;
    private final boolean truncated;

    public TagPage(List<Tag> tags, String nextMarker, boolean truncated) {
        this.tags = tags;
        this.nextMarker = nextMarker;
        this.truncated = truncated;
    }

    public List<Tag> tags() {
        return tags;
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
        if (!(other instanceof TagPage that)) {
            return false;
        }
        return java.util.Objects.equals(tags, that.tags) && java.util.Objects.equals(nextMarker, that.nextMarker) && truncated == that.truncated;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {tags, nextMarker, truncated});
    }

    @Override
    public String toString() {
        return "TagPage[" + "tags=" + tags + ", " + "nextMarker=" + nextMarker + ", " + "truncated=" + truncated + "]";
    }
}
