package io.strongroom.infrastructure.xks;

import java.util.List;

/** A GetHealthStatus answer: the proxy fleet and each external key manager's status. */
public record XksHealthReport(int xksProxyFleetSize, String xksProxyVendor, String xksProxyModel, String ekmVendor,
                              List<EkmStatus> ekmFleetDetails) {

    public record EkmStatus(String id, String model, String healthStatus) {
    }

    /** Every EKM UNAVAILABLE: the store counts as XKS_PROXY_NOT_REACHABLE. */
    public boolean allUnavailable() {
        return ekmFleetDetails.stream().allMatch(ekm -> "UNAVAILABLE".equals(ekm.healthStatus()));
    }

    /** Some EKM DEGRADED or UNAVAILABLE, but not all unavailable: a warning, the store stays usable. */
    public boolean degraded() {
        return !allUnavailable() && ekmFleetDetails.stream().anyMatch(ekm -> !"ACTIVE".equals(ekm.healthStatus()));
    }
}
