package io.strongroom.client;

import java.io.Serializable;

/** One ListKeys entry. */
public final class KeyListEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final String keyArn;

    public KeyListEntry(String keyId, String keyArn) {
        this.keyId = keyId;
        this.keyArn = keyArn;
    }

    public String keyId() {
        return keyId;
    }

    public String keyArn() {
        return keyArn;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KeyListEntry that)) {
            return false;
        }
        return java.util.Objects.equals(keyId, that.keyId) && java.util.Objects.equals(keyArn, that.keyArn);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(new Object[] {keyId, keyArn});
    }

    @Override
    public String toString() {
        return "KeyListEntry[" + "keyId=" + keyId + ", " + "keyArn=" + keyArn + "]";
    }
}
