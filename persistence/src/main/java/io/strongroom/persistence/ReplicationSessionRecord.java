package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A replication session this region opened as requester (replication_session): what the answer is
 * checked against, and the requester's ephemeral agreement key with its private half sealed.
 */
@Entity
@Table(name = "replication_session")
public class ReplicationSessionRecord {

    @Id
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "peer_region")
    private String peerRegion;
    @Column(name = "key_id")
    private String keyId;
    private String awaiting;
    @Column(name = "expected_key_spec")
    private String expectedKeySpec;
    @Column(name = "material_version")
    private int materialVersion;
    @Column(name = "agreement_public_key")
    private byte[] agreementPublicKey;
    @Column(name = "agreement_key_sealed")
    private byte[] agreementKeySealed;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected ReplicationSessionRecord() {
    }

    public ReplicationSessionRecord(String sessionId, String peerRegion, String keyId, String awaiting,
                                    String expectedKeySpec, int materialVersion, byte[] agreementPublicKey,
                                    byte[] agreementKeySealed, Instant createdAt, Instant expiresAt) {
        this.sessionId = sessionId;
        this.peerRegion = peerRegion;
        this.keyId = keyId;
        this.awaiting = awaiting;
        this.expectedKeySpec = expectedKeySpec;
        this.materialVersion = materialVersion;
        this.agreementPublicKey = agreementPublicKey;
        this.agreementKeySealed = agreementKeySealed;
        this.createdAt = Timestamps.toColumn(createdAt);
        this.expiresAt = Timestamps.toColumn(expiresAt);
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getPeerRegion() {
        return peerRegion;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getAwaiting() {
        return awaiting;
    }

    public String getExpectedKeySpec() {
        return expectedKeySpec;
    }

    public int getMaterialVersion() {
        return materialVersion;
    }

    public byte[] getAgreementPublicKey() {
        return agreementPublicKey;
    }

    public byte[] getAgreementKeySealed() {
        return agreementKeySealed;
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    public Instant getExpiresAt() {
        return Timestamps.fromColumn(expiresAt);
    }
}
