package io.strongroom.client;

import java.io.Serializable;

/** One ListKeys entry. */
public record KeyListEntry(String keyId, String keyArn) implements Serializable {
}
