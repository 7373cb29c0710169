package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One completed rotation of a key (key_rotation): the material version it introduced, when, and
 * whether it was automatic or on demand. A key's creation material has no row.
 */
@Entity
@Table(name = "key_rotation")
@IdClass(KeyRotationRecord.RotationId.class)
@NamedQuery(name = "KeyRotationRecord.pageAfter", query = "select r from KeyRotationRecord r"
        + " where r.keyId = :keyId and r.materialVersion > :afterVersion order by r.materialVersion")
@NamedQuery(name = "KeyRotationRecord.countOfType",
        query = "select count(r) from KeyRotationRecord r where r.keyId = :keyId and r.rotationType = :rotationType")
public class KeyRotationRecord {

    @Id
    @Column(name = "key_id")
    private String keyId;
    @Id
    @Column(name = "material_version")
    private int materialVersion;
    @Column(name = "rotation_date")
    private OffsetDateTime rotationDate;
    @Column(name = "rotation_type")
    private String rotationType;

    protected KeyRotationRecord() {
    }

    public KeyRotationRecord(String keyId, int materialVersion, Instant rotationDate, String rotationType) {
        this.keyId = keyId;
        this.materialVersion = materialVersion;
        this.rotationDate = Timestamps.toColumn(rotationDate);
        this.rotationType = rotationType;
    }

    public String getKeyId() {
        return keyId;
    }

    public int getMaterialVersion() {
        return materialVersion;
    }

    public Instant getRotationDate() {
        return Timestamps.fromColumn(rotationDate);
    }

    public String getRotationType() {
        return rotationType;
    }

    /** Composite primary key (key_id, material_version). */
    public static class RotationId implements Serializable {
        private static final long serialVersionUID = 1L;
        private String keyId;
        private int materialVersion;

        public RotationId() {
        }

        public RotationId(String keyId, int materialVersion) {
            this.keyId = keyId;
            this.materialVersion = materialVersion;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RotationId that && materialVersion == that.materialVersion
                    && Objects.equals(keyId, that.keyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, materialVersion);
        }
    }
}
