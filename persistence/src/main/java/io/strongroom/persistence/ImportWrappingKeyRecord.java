package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A wrapping key pair handed out by GetParametersForImport (import_wrapping_key): its private half
 * sealed under the root key, bound to one KMS key, algorithm and spec, until its import token is
 * used successfully or expires.
 */
@Entity
@Table(name = "import_wrapping_key")
@NamedQuery(name = "ImportWrappingKeyRecord.expired",
        query = "select w from ImportWrappingKeyRecord w where w.expiresAt <= :now order by w.expiresAt")
public class ImportWrappingKeyRecord {

    @Id
    @Column(name = "wrapping_key_id")
    private String wrappingKeyId;
    @Column(name = "key_id")
    private String keyId;
    @Column(name = "wrapping_algorithm")
    private String wrappingAlgorithm;
    @Column(name = "wrapping_key_spec")
    private String wrappingKeySpec;
    @Column(name = "private_key_sealed")
    private byte[] privateKeySealed;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected ImportWrappingKeyRecord() {
    }

    public ImportWrappingKeyRecord(String wrappingKeyId, String keyId, String wrappingAlgorithm, String wrappingKeySpec,
                                   byte[] privateKeySealed, Instant createdAt, Instant expiresAt) {
        this.wrappingKeyId = wrappingKeyId;
        this.keyId = keyId;
        this.wrappingAlgorithm = wrappingAlgorithm;
        this.wrappingKeySpec = wrappingKeySpec;
        this.privateKeySealed = privateKeySealed;
        this.createdAt = Timestamps.toColumn(createdAt);
        this.expiresAt = Timestamps.toColumn(expiresAt);
    }

    public String getWrappingKeyId() {
        return wrappingKeyId;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getWrappingAlgorithm() {
        return wrappingAlgorithm;
    }

    public String getWrappingKeySpec() {
        return wrappingKeySpec;
    }

    public byte[] getPrivateKeySealed() {
        return privateKeySealed;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    public Instant getExpiresAt() {
        return Timestamps.fromColumn(expiresAt);
    }
}
