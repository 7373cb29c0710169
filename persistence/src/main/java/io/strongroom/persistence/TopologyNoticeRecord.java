package io.strongroom.persistence;

import jakarta.persistence.Column;
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
        + " where n.nextAttemptAt <= :now and not exists (select e from TopologyNoticeRecord e"
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
    private int attempts;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;
    @Column(name = "last_failure")
    private String lastFailure;

    protected TopologyNoticeRecord() {
    }

    public TopologyNoticeRecord(String keyId, String destinationRegion, String kind, byte[] payload, Instant createdAt) {
        this.keyId = keyId;
        this.destinationRegion = destinationRegion;
        this.kind = kind;
        this.payload = payload.clone();
        this.createdAt = Timestamps.toColumn(createdAt);
        this.nextAttemptAt = this.createdAt;
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

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return Timestamps.fromColumn(nextAttemptAt);
    }

    public String getLastFailure() {
        return lastFailure;
    }

    /** One more failed attempt, the next one not before {@code nextAttemptAt}. */
    public void attemptFailed(Instant nextAttemptAt, String failure) {
        this.attempts++;
        this.nextAttemptAt = Timestamps.toColumn(nextAttemptAt);
        this.lastFailure = failure;
    }
}
