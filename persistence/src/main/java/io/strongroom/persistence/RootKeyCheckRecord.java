package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Proof that the loaded root key is the one this database was sealed with: a known constant
 * sealed under it at first start. Starting with another root key fails instead of corrupting data.
 */
@Entity
@Table(name = "root_key_check")
public class RootKeyCheckRecord {

    public static final short SINGLETON_ID = 1;

    @Id
    private short id;
    @Column(name = "check_value")
    private byte[] checkValue;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected RootKeyCheckRecord() {
    }

    public RootKeyCheckRecord(byte[] checkValue, Instant createdAt) {
        this.id = SINGLETON_ID;
        this.checkValue = checkValue;
        this.createdAt = Timestamps.toColumn(createdAt);
    }

    public byte[] getCheckValue() {
        return checkValue;
    }
}
