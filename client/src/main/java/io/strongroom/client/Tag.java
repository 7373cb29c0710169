package io.strongroom.client;

import java.io.Serializable;

/** A key tag: TagKey [1..128], TagValue [0..256]. */
public final class Tag implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String tagKey;
    private final String tagValue;

    public Tag(String tagKey, String tagValue) {
        this.tagKey = tagKey;
        this.tagValue = tagValue;
    }

    public String tagKey() {
        return tagKey;
    }

    public String tagValue() {
        return tagValue;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Tag that)) {
            return false;
        }
        return java.util.Objects.equals(tagKey, that.tagKey) && java.util.Objects.equals(tagValue, that.tagValue);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {tagKey, tagValue});
    }

    @Override
    public String toString() {
        return "Tag[" + "tagKey=" + tagKey + ", " + "tagValue=" + tagValue + "]";
    }
}
