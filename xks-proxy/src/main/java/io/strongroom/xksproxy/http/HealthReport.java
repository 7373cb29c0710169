package io.strongroom.xksproxy.http;

import io.strongroom.xksproxy.EkmFleetEntry;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * The GetHealthStatus reply: one proxy, its vendor and model, and the EKM fleet with the status
 * each entry reports now. The keystore is in memory, so the deep check is always current.
 */
final class HealthReport {

    static final String PROXY_VENDOR = "Strongroom";
    static final String PROXY_MODEL = "strongroom-xks-proxy";

    private HealthReport() {
    }

    static JsonObject of(ProxyState state) {
        JsonArrayBuilder fleet = Json.createArrayBuilder();
        for (EkmFleetEntry entry : state.ekmFleet()) {
            fleet.add(Json.createObjectBuilder()
                    .add("id", entry.id())
                    .add("model", entry.model())
                    .add("healthStatus", entry.healthStatus().name()));
        }
        return Json.createObjectBuilder()
                .add("xksProxyFleetSize", 1)
                .add("xksProxyVendor", PROXY_VENDOR)
                .add("xksProxyModel", PROXY_MODEL)
                .add("ekmVendor", state.configuration().ekmVendor())
                .add("ekmFleetDetails", fleet)
                .build();
    }
}
