package io.strongroom.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One completed rotation in ListKeyRotations; rotationType is AUTOMATIC or ON_DEMAND. */
public final class KeyRotationEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String keyId;
    private final Instant rotationDate;
    private final String rotationType;

    public KeyRotationEntry(String keyId, Instant rotationDate, String rotationType) {
        this.keyId = keyId;
        this.rotationDate = rotationDate;
        this.rotationType = rotationType;
    }

    public String keyId() {
        return keyId;
    }

    public Instant rotationDate() {
        return rotationDate;
    }

    public String rotationType() {
        return rotationType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyRotationEntry that && Objects.equals(keyId, that.keyId)
                && Objects.equals(rotationDate, that.rotationDate) && Objects.equals(rotationType, that.rotationType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, rotationDate, rotationType);
    }

    @Override
    public String toString() {
        return "KeyRotationEntry[keyId=" + keyId + ", rotationDate=" + rotationDate + ", rotationType=" + rotationType + "]";
    }
}
