package io.strongroom.xksproxy;

import java.util.Objects;

/**
 * One external key manager behind the proxy, reported by the health API. The proxy's keys live in
 * its own keystore, so these entries describe that keystore to KMS; tests change their status with
 * {@link XksProxyServer#setEkmHealth(EkmHealthStatus)}.
 */
public record EkmFleetEntry(String id, String model, EkmHealthStatus healthStatus) {

    public EkmFleetEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(healthStatus, "healthStatus");
    }

    /** The entry a proxy reports when its configuration names none. */
    public static EkmFleetEntry softwareKeystore() {
        return new EkmFleetEntry("software-ekm-1", "PKCS12 software keystore", EkmHealthStatus.ACTIVE);
    }

    public EkmFleetEntry withHealthStatus(EkmHealthStatus status) {
        return new EkmFleetEntry(id, model, status);
    }
}
