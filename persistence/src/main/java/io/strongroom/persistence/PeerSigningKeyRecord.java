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
 * A peer region's signing key (peer_signing_key) with the window in which its signatures are
 * accepted; the fingerprint is the lower-case hex SHA-256 of the DER public key.
 */
@Entity
@Table(name = "peer_signing_key")
@IdClass(PeerSigningKeyRecord.KeyId.class)
@NamedQuery(name = "PeerSigningKeyRecord.forRegions",
        query = "select k from PeerSigningKeyRecord k where k.region in :regions order by k.region, k.validFrom")
@NamedQuery(name = "PeerSigningKeyRecord.deleteForRegion", query = "delete from PeerSigningKeyRecord k where k.region = :region")
public class PeerSigningKeyRecord {

    @Id
    private String region;
    @Id
    private String fingerprint;
    @Column(name = "public_key")
    private byte[] publicKey;
    @Column(name = "valid_from")
    private OffsetDateTime validFrom;
    @Column(name = "valid_until")
    private OffsetDateTime validUntil;

    protected PeerSigningKeyRecord() {
    }

    public PeerSigningKeyRecord(String region, String fingerprint, byte[] publicKey, Instant validFrom, Instant validUntil) {
        this.region = region;
        this.fingerprint = fingerprint;
        this.publicKey = publicKey;
        this.validFrom = Timestamps.toColumn(validFrom);
        this.validUntil = Timestamps.toColumn(validUntil);
    }

    public String getRegion() {
        return region;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public byte[] getPublicKey() {
        return publicKey;
    }

    public Instant getValidFrom() {
        return Timestamps.fromColumn(validFrom);
    }

    public Instant getValidUntil() {
        return Timestamps.fromColumn(validUntil);
    }

    /** A rotation ends the previous key's window at the end of the overlap. */
    public void setValidUntil(Instant validUntil) {
        this.validUntil = Timestamps.toColumn(validUntil);
    }

    /** Composite primary key (region, fingerprint). */
    public static class KeyId implements Serializable {
        private static final long serialVersionUID = 1L;
        private String region;
        private String fingerprint;

        public KeyId() {
        }

        public KeyId(String region, String fingerprint) {
            this.region = region;
            this.fingerprint = fingerprint;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeyId that && Objects.equals(region, that.region)
                    && Objects.equals(fingerprint, that.fingerprint);
        }

        @Override
        public int hashCode() {
            return Objects.hash(region, fingerprint);
        }
    }
}
