package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The automatic-rotation schedule of one key (key_rotation_schedule): the row exists while
 * automatic rotation is enabled, so the deadline lives in the database and survives restarts.
 */
@Entity
@Table(name = "key_rotation_schedule")
public class KeyRotationScheduleRecord {

    @Id
    @Column(name = "key_id")
    private String keyId;
    @Column(name = "rotation_period_days")
    private int rotationPeriodDays;
    @Column(name = "next_rotation_date")
    private OffsetDateTime nextRotationDate;

    protected KeyRotationScheduleRecord() {
    }

    public KeyRotationScheduleRecord(String keyId, int rotationPeriodDays, Instant nextRotationDate) {
        this.keyId = keyId;
        this.rotationPeriodDays = rotationPeriodDays;
        this.nextRotationDate = Timestamps.toColumn(nextRotationDate);
    }

    public String getKeyId() {
        return keyId;
    }

    public int getRotationPeriodDays() {
        return rotationPeriodDays;
    }

    public void setRotationPeriodDays(int rotationPeriodDays) {
        this.rotationPeriodDays = rotationPeriodDays;
    }

    public Instant getNextRotationDate() {
        return Timestamps.fromColumn(nextRotationDate);
    }

    public void setNextRotationDate(Instant nextRotationDate) {
        this.nextRotationDate = Timestamps.toColumn(nextRotationDate);
    }
}
