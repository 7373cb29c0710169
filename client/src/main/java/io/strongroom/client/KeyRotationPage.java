package io.strongroom.client;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** One ListKeyRotations page, oldest rotation first; nextMarker is null when truncated is false. */
public final class KeyRotationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<KeyRotationEntry> rotations;
    private final String nextMarker;
    private final boolean truncated;

    public KeyRotationPage(List<KeyRotationEntry> rotations, String nextMarker, boolean truncated) {
        this.rotations = rotations;
        this.nextMarker = nextMarker;
        this.truncated = truncated;
    }

    public List<KeyRotationEntry> rotations() {
        return rotations;
    }

    public String nextMarker() {
        return nextMarker;
    }

    public boolean truncated() {
        return truncated;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyRotationPage that && Objects.equals(rotations, that.rotations)
                && Objects.equals(nextMarker, that.nextMarker) && truncated == that.truncated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rotations, nextMarker, truncated);
    }

    @Override
    public String toString() {
        return "KeyRotationPage[rotations=" + rotations + ", nextMarker=" + nextMarker + ", truncated=" + truncated + "]";
    }
}
