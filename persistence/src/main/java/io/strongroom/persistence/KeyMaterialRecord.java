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
 * One version of a key's material, sealed under the root key with AAD binding key id and version.
 */
@Entity
@Table(name = "key_material")
@IdClass(KeyMaterialRecord.MaterialId.class)
@NamedQuery(name = "KeyMaterialRecord.find",
        query = "select m from KeyMaterialRecord m where m.keyId = :keyId and m.materialVersion = :version")
public class KeyMaterialRecord {

    @Id
    @Column(name = "key_id")
    private String keyId;
    @Id
    @Column(name = "material_version")
    private int materialVersion;
    @Column(name = "material_sealed")
    private byte[] materialSealed;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    /** DER SubjectPublicKeyInfo of an asymmetric key version; not secret, null for symmetric and HMAC keys. */
    @Column(name = "public_key")
    private byte[] publicKey;

    protected KeyMaterialRecord() {
    }

    public KeyMaterialRecord(String keyId, int materialVersion, byte[] materialSealed, Instant createdAt) {
        this.keyId = keyId;
        this.materialVersion = materialVersion;
        this.materialSealed = materialSealed;
        this.createdAt = Timestamps.toColumn(createdAt);
    }

    public String getKeyId() {
        return keyId;
    }

    public int getMaterialVersion() {
        return materialVersion;
    }

    public byte[] getMaterialSealed() {
        return materialSealed;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    public byte[] getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(byte[] publicKey) {
        this.publicKey = publicKey;
    }

    /** Composite primary key (key_id, material_version). */
    public static class MaterialId implements Serializable {
        private static final long serialVersionUID = 1L;
        private String keyId;
        private int materialVersion;

        public MaterialId() {
        }

        public MaterialId(String keyId, int materialVersion) {
            this.keyId = keyId;
            this.materialVersion = materialVersion;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MaterialId that && materialVersion == that.materialVersion
                    && Objects.equals(keyId, that.keyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, materialVersion);
        }
    }
}
