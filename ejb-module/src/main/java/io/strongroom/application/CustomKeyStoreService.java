package io.strongroom.application;

import static io.strongroom.application.CustomKeyStoreRules.VPC_ENDPOINT_SERVICE;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.infrastructure.config.StrongroomConfig;
import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.infrastructure.xks.XksHealthReport;
import io.strongroom.infrastructure.xks.XksJson;
import io.strongroom.infrastructure.xks.XksProxyClient;
import io.strongroom.infrastructure.xks.XksProxyMetrics;
import io.strongroom.persistence.CustomKeyStoreRecord;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The custom key store operations of KMS-SPEC §5 for EXTERNAL_KEY_STORE stores: authorized by the
 * caller's identity policies (kms:CreateCustomKeyStore … on resource "*"), audited, and each
 * refusal leaves every row as it was. The proxy's health is checked with the new settings before
 * anything is stored, as AWS KMS does; connecting finishes in the background.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class CustomKeyStoreService {

    /** At most this many custom key stores per region, as AWS's default quota. */
    public static final int MAX_STORES = 10;
    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private CustomKeyStoreCatalog catalog;
    @Inject
    private StoreHealthProbe probe;
    @Inject
    private CryptoBoundary crypto;
    @Inject
    private StrongroomConfig config;
    @Inject
    private AuditLog auditLog;
    @Inject
    private XksProxyClient proxyClient;
    @Inject
    private XksProxyMetrics metrics;
    @Inject
    private Event<ConnectionRequested> connectionRequests;

    /**
     * Validates, checks the proxy's health (PUBLIC_ENDPOINT; a VPC endpoint service store is first
     * called on Connect, as in AWS), stores the store DISCONNECTED; returns its cks- id.
     */
    public String createCustomKeyStore(CallerContext caller, CustomKeyStoreSettings settings) {
        CustomKeyStoreRules.validateCreate(settings, config.xksAllowHttp());
        catalog.lockForChanges();
        if (catalog.count() >= MAX_STORES) {
            throw new KmsException(KmsError.LimitExceededException, "This region already has " + MAX_STORES
                    + " custom key stores, the most it can hold");
        }
        ensureNameFree(settings.customKeyStoreName());
        catalog.ensureProxyUnique(null, settings.xksProxyUriEndpoint(), settings.xksProxyUriPath(),
                settings.xksProxyConnectivity(), settings.xksProxyVpcEndpointServiceName());
        String id = newStoreId();
        byte[] secret = settings.rawSecretAccessKey().getBytes(StandardCharsets.US_ASCII);
        Instant now = now();
        try {
            XksHealthReport health = VPC_ENDPOINT_SERVICE.equals(settings.xksProxyConnectivity()) ? null
                    : probe.checkForStoreManagement(id, settings.xksProxyUriEndpoint(), settings.xksProxyUriPath(),
                            settings.accessKeyId(), secret, "CreateCustomKeyStore", caller.requestId());
            CustomKeyStoreRecord store = new CustomKeyStoreRecord(id, settings.customKeyStoreName(),
                    CustomKeyStoreRules.EXTERNAL_KEY_STORE, now);
            if (health != null) {
                store.setLastHealth(XksJson.toJson(health), now);
            }
            store.setProxy(settings.xksProxyUriEndpoint(), settings.xksProxyUriPath(), settings.xksProxyConnectivity(),
                    settings.xksProxyVpcEndpointServiceName(), settings.xksProxyVpcEndpointServiceOwner());
            store.setCredential(settings.accessKeyId(), crypto.sealSecret(ExternalKeyStores.SECRET_KIND, id, secret), now);
            em.persist(store);
        } finally {
            java.util.Arrays.fill(secret, (byte) 0);
        }
        audit(caller, "CreateCustomKeyStore", id);
        return id;
    }

    /** By id, by name, or all (paged by Limit 1..1000 and Marker); unknown id or name → CustomKeyStoreNotFound. */
    public CustomKeyStorePage describeCustomKeyStores(CallerContext caller, String customKeyStoreId,
                                                      String customKeyStoreName, Integer limit, String marker) {
        if (customKeyStoreId != null && customKeyStoreName != null) {
            throw KmsException.validation("customKeyStoreName", "Specify CustomKeyStoreId or CustomKeyStoreName, not both");
        }
        int pageSize = PageMarkers.pageSize(limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        String after = PageMarkers.decode(marker, CustomKeyStoreRules::plausibleStoreId);
        CustomKeyStorePage page;
        if (customKeyStoreId != null) {
            page = new CustomKeyStorePage(catalog.views(List.of(catalog.existing(customKeyStoreId))), null, false);
        } else if (customKeyStoreName != null) {
            page = new CustomKeyStorePage(catalog.views(List.of(catalog.existingByName(customKeyStoreName))), null, false);
        } else {
            List<CustomKeyStoreRecord> found = catalog.pageAfter(after, pageSize + 1);
            boolean truncated = found.size() > pageSize;
            List<CustomKeyStoreView> views = catalog.views(found.subList(0, Math.min(pageSize, found.size())));
            String nextMarker = truncated ? PageMarkers.encode(views.get(views.size() - 1).customKeyStoreId()) : null;
            page = new CustomKeyStorePage(views, nextMarker, truncated);
        }
        auditLog.recordDurably(AuditEvent.of(caller, "DescribeCustomKeyStores", customKeyStoreId, AuditEvent.SUCCESS));
        return page;
    }

    /**
     * Name in any state; endpoint, path and connectivity only while DISCONNECTED; the credential
     * also while CONNECTED (rotation). Changed proxy settings or credential are health-checked
     * first (except on a disconnected VPC endpoint service store, which is reached on Connect).
     */
    public void updateCustomKeyStore(CallerContext caller, String customKeyStoreId, CustomKeyStoreSettings changes) {
        CustomKeyStoreRules.validateChanges(changes, config.xksAllowHttp());
        catalog.lockForChanges();
        CustomKeyStoreRecord store = catalog.lockedExisting(customKeyStoreId);
        ConnectionState state = ConnectionState.valueOf(store.getConnectionState());
        StoreChange change = StoreChange.of(store, changes);
        if (change.proxyChanged() && state != ConnectionState.DISCONNECTED) {
            throw invalidState(store, "must be DISCONNECTED to change its proxy URI or connectivity");
        }
        if (change.credentialChanged() && state != ConnectionState.DISCONNECTED && state != ConnectionState.CONNECTED) {
            throw invalidState(store, "must be CONNECTED or DISCONNECTED to change its proxy credential");
        }
        if (change.nameChanged()) {
            ensureNameFree(change.name());
        }
        if (change.proxyChanged()) {
            CustomKeyStoreRules.checkVpcService(change.connectivity(), change.serviceName(), change.serviceOwner());
            catalog.ensureProxyUnique(store.getCustomKeyStoreId(), change.endpoint(), change.path(),
                    change.connectivity(), change.serviceName());
        }
        byte[] secret = change.credentialChanged() ? changes.rawSecretAccessKey().getBytes(StandardCharsets.US_ASCII)
                : null;
        try {
            boolean reachable = !(VPC_ENDPOINT_SERVICE.equals(change.connectivity())
                    && state == ConnectionState.DISCONNECTED);
            Instant now = now();
            if ((change.proxyChanged() || change.credentialChanged()) && reachable) {
                XksHealthReport health = probe.checkForStoreManagement(store, change.endpoint(), change.path(),
                        change.accessKeyId(), secret, "UpdateCustomKeyStore", caller.requestId());
                store.setLastHealth(XksJson.toJson(health), now);
            }
            store.setCustomKeyStoreName(change.name());
            store.setProxy(change.endpoint(), change.path(), change.connectivity(), change.serviceName(),
                    change.serviceOwner());
            if (change.credentialChanged()) {
                store.setCredential(change.accessKeyId(),
                        crypto.sealSecret(ExternalKeyStores.SECRET_KIND, store.getCustomKeyStoreId(), secret), now);
            }
        } finally {
            if (secret != null) {
                java.util.Arrays.fill(secret, (byte) 0);
            }
        }
        audit(caller, "UpdateCustomKeyStore", store.getCustomKeyStoreId());
    }

    /**
     * DISCONNECTED → CONNECTING, and returns; the health check then makes it CONNECTED or FAILED.
     * CONNECTED and CONNECTING stores are left as they are; a FAILED store must be disconnected
     * first (CustomKeyStoreInvalidStateException), as AWS KMS requires.
     */
    public void connectCustomKeyStore(CallerContext caller, String customKeyStoreId) {
        CustomKeyStoreRecord store = catalog.lockedExisting(customKeyStoreId);
        ConnectionState state = ConnectionState.valueOf(store.getConnectionState());
        if (state == ConnectionState.FAILED) {
            throw invalidState(store, "is FAILED (" + store.getConnectionErrorCode()
                    + "); disconnect it, then connect it again");
        }
        if (state == ConnectionState.DISCONNECTED) {
            Instant attempt = now();
            store.setConnection(ConnectionState.CONNECTING.name(), null, attempt);
            connectionRequests.fire(new ConnectionRequested(store.getCustomKeyStoreId(), attempt, caller));
        }
        audit(caller, "ConnectCustomKeyStore", store.getCustomKeyStoreId());
    }

    /** CONNECTED, CONNECTING or FAILED → DISCONNECTED; the store's keys become unusable at once. */
    public void disconnectCustomKeyStore(CallerContext caller, String customKeyStoreId) {
        CustomKeyStoreRecord store = catalog.lockedExisting(customKeyStoreId);
        if (ConnectionState.DISCONNECTED.name().equals(store.getConnectionState())) {
            throw invalidState(store, "is already DISCONNECTED");
        }
        store.setConnection(ConnectionState.DISCONNECTED.name(), null, now());
        audit(caller, "DisconnectCustomKeyStore", store.getCustomKeyStoreId());
    }

    /** Only DISCONNECTED (else CustomKeyStoreInvalidState) and without keys (else CustomKeyStoreHasCMKs). */
    public void deleteCustomKeyStore(CallerContext caller, String customKeyStoreId) {
        CustomKeyStoreRecord store = catalog.lockedExisting(customKeyStoreId);
        if (!ConnectionState.DISCONNECTED.name().equals(store.getConnectionState())) {
            throw invalidState(store, "must be DISCONNECTED to be deleted");
        }
        long keys = catalog.keyCount(store.getCustomKeyStoreId());
        if (keys > 0) {
            throw new KmsException(KmsError.CustomKeyStoreHasCMKsException, "Custom key store "
                    + store.getCustomKeyStoreId() + " still holds " + keys + " KMS key(s); delete them first");
        }
        em.remove(store);
        em.flush();
        proxyClient.forget(store.getCustomKeyStoreId());
        metrics.forget(store.getCustomKeyStoreId());
        audit(caller, "DeleteCustomKeyStore", store.getCustomKeyStoreId());
    }

    private void ensureNameFree(String name) {
        if (catalog.byName(name).isPresent()) {
            throw new KmsException(KmsError.CustomKeyStoreNameInUseException,
                    "A custom key store named '" + name + "' already exists in this account and region");
        }
    }

    private String newStoreId() {
        String id;
        do {
            id = "cks-" + HexFormat.of().formatHex(crypto.randomBytes(9)).substring(0, 17);
        } while (em.find(CustomKeyStoreRecord.class, id) != null);
        return id;
    }

    static KmsException invalidState(CustomKeyStoreRecord store, String problem) {
        return new KmsException(KmsError.CustomKeyStoreInvalidStateException, "Custom key store "
                + store.getCustomKeyStoreId() + " is " + store.getConnectionState() + " and " + problem);
    }

    /** PostgreSQL keeps microseconds; milliseconds keep times equal across the round trip. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private void audit(CallerContext caller, String operation, String customKeyStoreId) {
        auditLog.recordWithStateChange(AuditEvent.of(caller, operation, customKeyStoreId, AuditEvent.SUCCESS));
    }

    /** An update's result: every member as it will be, and what changed. */
    record StoreChange(String name, String endpoint, String path, String connectivity, String serviceName,
                       String serviceOwner, String accessKeyId, boolean nameChanged, boolean proxyChanged,
                       boolean credentialChanged) {

        static StoreChange of(CustomKeyStoreRecord store, CustomKeyStoreSettings changes) {
            String connectivity = Objects.requireNonNullElse(changes.xksProxyConnectivity(), store.getConnectivity());
            boolean vpc = VPC_ENDPOINT_SERVICE.equals(connectivity);
            boolean connectivityChanged = !connectivity.equals(store.getConnectivity());
            // Moving to PUBLIC_ENDPOINT drops the VPC endpoint service unless the caller names one (then refused).
            String serviceName = changes.xksProxyVpcEndpointServiceName() != null ? changes.xksProxyVpcEndpointServiceName()
                    : vpc ? store.getVpcEndpointServiceName() : null;
            String serviceOwner = changes.xksProxyVpcEndpointServiceOwner() != null
                    ? changes.xksProxyVpcEndpointServiceOwner() : vpc ? store.getVpcEndpointServiceOwner() : null;
            boolean proxyChanged = changes.xksProxyUriEndpoint() != null || changes.xksProxyUriPath() != null
                    || changes.xksProxyConnectivity() != null || changes.xksProxyVpcEndpointServiceName() != null
                    || changes.xksProxyVpcEndpointServiceOwner() != null || connectivityChanged;
            String name = Objects.requireNonNullElse(changes.customKeyStoreName(), store.getCustomKeyStoreName());
            return new StoreChange(name,
                    Objects.requireNonNullElse(changes.xksProxyUriEndpoint(), store.getUriEndpoint()),
                    Objects.requireNonNullElse(changes.xksProxyUriPath(), store.getUriPath()),
                    connectivity, serviceName, serviceOwner,
                    Objects.requireNonNullElse(changes.accessKeyId(), store.getAccessKeyId()),
                    !name.equals(store.getCustomKeyStoreName()), proxyChanged, changes.accessKeyId() != null);
        }
    }
}
