package io.strongroom.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * GetKeyRotationStatus: whether the key rotates automatically and, when it does, its period and
 * next rotation date (both null otherwise). keyId is the key ARN.
 */
public final class KeyRotationStatus implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean keyRotationEnabled;
    private final String keyId;
    private final Integer rotationPeriodInDays;
    private final Instant nextRotationDate;

    public KeyRotationStatus(boolean keyRotationEnabled, String keyId, Integer rotationPeriodInDays,
                             Instant nextRotationDate) {
        this.keyRotationEnabled = keyRotationEnabled;
        this.keyId = keyId;
        this.rotationPeriodInDays = rotationPeriodInDays;
        this.nextRotationDate = nextRotationDate;
    }

    public boolean keyRotationEnabled() {
        return keyRotationEnabled;
    }

    public String keyId() {
        return keyId;
    }

    public Integer rotationPeriodInDays() {
        return rotationPeriodInDays;
    }

    public Instant nextRotationDate() {
        return nextRotationDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyRotationStatus that && keyRotationEnabled == that.keyRotationEnabled
                && Objects.equals(keyId, that.keyId) && Objects.equals(rotationPeriodInDays, that.rotationPeriodInDays)
                && Objects.equals(nextRotationDate, that.nextRotationDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyRotationEnabled, keyId, rotationPeriodInDays, nextRotationDate);
    }

    @Override
    public String toString() {
        return "KeyRotationStatus[keyRotationEnabled=" + keyRotationEnabled + ", keyId=" + keyId
                + ", rotationPeriodInDays=" + rotationPeriodInDays + ", nextRotationDate=" + nextRotationDate + "]";
    }
}
