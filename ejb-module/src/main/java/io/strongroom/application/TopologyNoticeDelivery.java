package io.strongroom.application;

import io.strongroom.application.replication.OutboundMessages;
import io.strongroom.application.replication.RetryBackoff;
import io.strongroom.domain.replication.RetryDelay;
import io.strongroom.domain.replication.MessageType;
import io.strongroom.domain.replication.TopologyNoticeOutbox;
import io.strongroom.infrastructure.crypto.ReplicationBoundary;
import io.strongroom.infrastructure.replication.RelayTransport;
import io.strongroom.infrastructure.replication.RelayTransport.Delivery;
import io.strongroom.persistence.TopologyNoticeRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers queued topology notices, each attempt in a transaction of its own: the notice is
 * signed afresh (new session id and timestamp, so a retry is never a replay) and sent through the
 * relay. Accepted, it leaves the queue; otherwise it stays at the head of its (key, destination)
 * queue, so later notices wait behind it, and its next attempt is stored with the backoff, which
 * therefore survives a restart. A destination that refuses the notice (a 4xx status) is retried
 * too, since it may not know yet what committed here a moment ago, but only {@link #MAX_REFUSALS}
 * times; then the notice is given up and logged so it cannot block its queue forever.
 */
@Stateless
public class TopologyNoticeDelivery {

    /** About a minute of refusals (2 + 4 + … + 32 s) before a notice is given up. */
    static final int MAX_REFUSALS = 6;
    private static final Logger LOG = Logger.getLogger(TopologyNoticeDelivery.class.getName());

    /** What one attempt came to. */
    public enum Outcome { DELIVERED, RETRY, GIVEN_UP, GONE }

    @Inject
    private TopologyNoticeOutbox outbox;
    @Inject
    private OutboundMessages outbound;
    @Inject
    private ReplicationBoundary boundary;
    @Inject
    private RelayTransport transport;

    /** The notices at the head of their queues whose attempt is due. */
    public List<Long> due(int limit) {
        return outbox.dueHeads(Instant.now(), limit);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long noticeId) {
        TopologyNoticeRecord notice = outbox.lock(noticeId).orElse(null);
        if (notice == null) {
            return Outcome.GONE;
        }
        Instant now = Instant.now();
        if (now.isBefore(notice.getRetry().getNextAttemptAt())) {
            return Outcome.RETRY;
        }
        String failure;
        boolean refused = false;
        try {
            Delivery delivery = transport.send(notice.getDestinationRegion(), outbound.compose(MessageType.TOPOLOGY_NOTICE,
                    notice.getDestinationRegion(), notice.getKeyId(), boundary.newSessionId(),
                    header -> notice.getPayload()).encode());
            if (delivery.delivered()) {
                outbox.remove(notice);
                return Outcome.DELIVERED;
            }
            refused = delivery.status() >= 400 && delivery.status() < 500;
            failure = "status " + delivery.status();
        } catch (RuntimeException unreachable) {
            failure = RetryBackoff.reason(unreachable);
        }
        int failures = notice.getRetry().getAttempts() + 1;
        if (refused && failures >= MAX_REFUSALS) {
            LOG.log(Level.WARNING, "Topology notice {0} ({1}) of key {2} for {3} given up after {4} refusals: {5}",
                    new Object[] {notice.getNoticeId(), notice.getKind(), notice.getKeyId(), notice.getDestinationRegion(),
                            failures, failure});
            outbox.remove(notice);
            return Outcome.GIVEN_UP;
        }
        notice.getRetry().failed(now.plus(RetryDelay.after(failures)), failure);
        LOG.log(Level.INFO, "Topology notice {0} ({1}) of key {2} for {3} not delivered (attempt {4}): {5}",
                new Object[] {notice.getNoticeId(), notice.getKind(), notice.getKeyId(), notice.getDestinationRegion(),
                        failures, failure});
        return Outcome.RETRY;
    }
}
