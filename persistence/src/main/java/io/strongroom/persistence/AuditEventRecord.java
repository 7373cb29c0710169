package io.strongroom.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One audit event: who did what to which key, from where, and how it ended. */
@Entity
@Table(name = "audit_event")
public class AuditEventRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_time")
    private OffsetDateTime eventTime;
    @Column(name = "principal_arn")
    private String principalArn;
    private String operation;
    @Column(name = "key_id")
    private String keyId;
    private String outcome;
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "source_address")
    private String sourceAddress;
    private String channel;

    protected AuditEventRecord() {
    }

    public AuditEventRecord(Instant eventTime, String principalArn, String operation, String keyId, String outcome,
                            String requestId, String sourceAddress, String channel) {
        this.eventTime = Timestamps.toColumn(eventTime);
        this.principalArn = principalArn;
        this.operation = operation;
        this.keyId = keyId;
        this.outcome = outcome;
        this.requestId = requestId;
        this.sourceAddress = sourceAddress;
        this.channel = channel;
    }

    public Long getId() {
        return id;
    }

    public Instant getEventTime() {
        return Timestamps.fromColumn(eventTime);
    }

    public String getPrincipalArn() {
        return principalArn;
    }

    public String getOperation() {
        return operation;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getChannel() {
        return channel;
    }
}
