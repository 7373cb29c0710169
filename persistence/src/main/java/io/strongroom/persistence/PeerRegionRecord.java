package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A peer region an administrator registered (peer_region); its signing keys are {@link PeerSigningKeyRecord}s. */
@Entity
@Table(name = "peer_region")
@NamedQuery(name = "PeerRegionRecord.all", query = "select p from PeerRegionRecord p order by p.region")
public class PeerRegionRecord {

    @Id
    private String region;
    private String endpoint;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    protected PeerRegionRecord() {
    }

    public PeerRegionRecord(String region, String endpoint, Instant registeredAt) {
        this.region = region;
        this.endpoint = endpoint;
        this.registeredAt = Timestamps.toColumn(registeredAt);
    }

    public String getRegion() {
        return region;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public Instant getRegisteredAt() {
        return Timestamps.fromColumn(registeredAt);
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }
}
