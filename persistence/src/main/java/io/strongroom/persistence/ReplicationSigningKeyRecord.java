package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One version of this region's replication signing key (replication_signing_key): the public half
 * in DER, the private half sealed under the root key. The current version has no retired_at.
 */
@Entity
@Table(name = "replication_signing_key")
@NamedQuery(name = "ReplicationSigningKeyRecord.all",
        query = "select k from ReplicationSigningKeyRecord k order by k.version desc")
public class ReplicationSigningKeyRecord {

    @Id
    private int version;
    @Column(name = "public_key")
    private byte[] publicKey;
    @Column(name = "private_key_sealed")
    private byte[] privateKeySealed;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    protected ReplicationSigningKeyRecord() {
    }

    public int getVersion() {
        return version;
    }

    public byte[] getPublicKey() {
        return publicKey;
    }

    public byte[] getPrivateKeySealed() {
        return privateKeySealed;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    public Instant getRetiredAt() {
        return Timestamps.fromColumn(retiredAt);
    }

    public void retire(Instant at) {
        this.retiredAt = Timestamps.toColumn(at);
    }
}
