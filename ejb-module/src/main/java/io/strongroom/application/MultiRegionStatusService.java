package io.strongroom.application;

import io.strongroom.application.MultiRegionStatus.ReplicaStatus;
import io.strongroom.application.MultiRegionStatus.Retry;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.ReplicaFetches;
import io.strongroom.domain.replication.TopologyNoticeOutbox;
import io.strongroom.persistence.RetrySchedule;
import io.strongroom.persistence.TopologyNoticeRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-Region topology of one key with its replicas' last known states and the work for it
 * that waits for another Region (a material fetch, queued notices), for the console's
 * Multi-Region tab. It reads what DescribeKey reads, so it is authorized and audited as DescribeKey.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class MultiRegionStatusService {

    @Inject
    private KeyRepository keys;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private ReplicaFetches fetches;
    @Inject
    private TopologyNoticeOutbox outbox;

    /** DescribeKey's multi-Region part with replica states; UnsupportedOperationException for a single-Region key. */
    public MultiRegionStatus describeKey(CallerContext caller, String keyId) {
        Key key = keys.find(KeyReference.parse("keyId", keyId, region), keyId);
        if (!key.isMultiRegion()) {
            throw new KmsException(KmsError.UnsupportedOperationException,
                    "Key '" + key.id() + "' is not a multi-Region key");
        }
        MultiRegionTopology topology = key.topology();
        List<ReplicaStatus> replicas = new ArrayList<>();
        for (Map.Entry<String, KeyState> replica : topology.replicas().entrySet()) {
            replicas.add(new ReplicaStatus(replica.getKey(), region.keyArnIn(replica.getKey(), key.id()),
                    replica.getValue().name(), false));
        }
        if (!topology.isPrimary()) {
            replicas.add(new ReplicaStatus(region.region(), region.keyArn(key.id()), key.state().name(), true));
            replicas.sort(Comparator.comparing(ReplicaStatus::region));
        }
        auditLog.recordDurably(AuditEvent.of(caller, "DescribeKey", key.id(), AuditEvent.SUCCESS));
        return new MultiRegionStatus(topology.type().name(), topology.primaryRegion(),
                region.keyArnIn(topology.primaryRegion(), key.id()), List.copyOf(replicas), retries(key));
    }

    private List<Retry> retries(Key key) {
        List<Retry> retries = new ArrayList<>();
        fetches.find(key.id()).ifPresent(fetch -> retries.add(retry("Fetch key material",
                key.topology().primaryRegion(), 1, fetch.getRetry())));
        Map<String, List<TopologyNoticeRecord>> byDestination = new LinkedHashMap<>();
        for (TopologyNoticeRecord notice : outbox.queued(key.id())) {
            byDestination.computeIfAbsent(notice.getDestinationRegion(), destination -> new ArrayList<>()).add(notice);
        }
        byDestination.forEach((destination, queued) -> retries.add(retry("Deliver topology notices", destination,
                queued.size(), queued.get(0).getRetry())));
        return List.copyOf(retries);
    }

    private static Retry retry(String task, String peerRegion, int queued, RetrySchedule schedule) {
        return new Retry(task, peerRegion, queued, schedule.getAttempts(), schedule.getNextAttemptAt(),
                schedule.getLastFailure());
    }
}
