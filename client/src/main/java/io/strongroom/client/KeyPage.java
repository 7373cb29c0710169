package io.strongroom.client;

import java.io.Serializable;
import java.util.List;

/** One ListKeys page; nextMarker is null when truncated is false. */
public record KeyPage(List<KeyListEntry> keys, String nextMarker, boolean truncated) implements Serializable {
}
