package io.strongroom.application;

import io.strongroom.application.MultiRegionStatus.ReplicaStatus;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeyState;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.RegionIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The multi-Region topology of one key with its replicas' last known states, for the console's
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
                region.keyArnIn(topology.primaryRegion(), key.id()), List.copyOf(replicas));
    }
}
