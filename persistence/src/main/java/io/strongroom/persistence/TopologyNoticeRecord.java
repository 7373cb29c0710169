package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A topology notice waiting for delivery to a related key's Region (topology_notice): the outbox
 * row written with the change it reports, with the retry backoff of its delivery.
 */
@Entity
@Table(name = "topology_notice")
@NamedQuery(name = "TopologyNoticeRecord.dueHeads", query = "select n.noticeId from TopologyNoticeRecord n"
        + " where n.retry.nextAttemptAt <= :now and not exists (select e from TopologyNoticeRecord e"
        + " where e.keyId = n.keyId and e.destinationRegion = n.destinationRegion and e.noticeId < n.noticeId)"
        + " order by n.noticeId")
@NamedQuery(name = "TopologyNoticeRecord.discard", query = "delete from TopologyNoticeRecord n"
        + " where n.keyId = :keyId and n.destinationRegion = :region")
@NamedQuery(name = "TopologyNoticeRecord.forKey", query = "select n from TopologyNoticeRecord n"
        + " where n.keyId = :keyId order by n.noticeId")
public class TopologyNoticeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "notice_id")
    private Long noticeId;
    @Column(name = "key_id")
    private String keyId;
    @Column(name = "destination_region")
    private String destinationRegion;
    private String kind;
    private byte[] payload;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Embedded
    private RetrySchedule retry;

    protected TopologyNoticeRecord() {
    }

    public TopologyNoticeRecord(String keyId, String destinationRegion, String kind, byte[] payload, Instant createdAt) {
        this.keyId = keyId;
        this.destinationRegion = destinationRegion;
        this.kind = kind;
        this.payload = payload.clone();
        this.createdAt = Timestamps.toColumn(createdAt);
        this.retry = new RetrySchedule(createdAt);
    }

    /** The notice is for {@code region} now, due at {@code now}, its earlier attempts forgotten. */
    public void readdressTo(String region, Instant now) {
        this.destinationRegion = region;
        this.retry = new RetrySchedule(now);
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getDestinationRegion() {
        return destinationRegion;
    }

    public String getKind() {
        return kind;
    }

    public byte[] getPayload() {
        return payload.clone();
    }

    public Instant getCreatedAt() {
        return Timestamps.fromColumn(createdAt);
    }

    /** The delivery's attempts so far and when the next one is due. */
    public RetrySchedule getRetry() {
        return retry;
    }
}
