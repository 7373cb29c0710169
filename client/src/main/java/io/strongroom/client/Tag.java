package io.strongroom.client;

import java.io.Serializable;

/** A key tag: TagKey [1..128], TagValue [0..256]. */
public record Tag(String tagKey, String tagValue) implements Serializable {
}
