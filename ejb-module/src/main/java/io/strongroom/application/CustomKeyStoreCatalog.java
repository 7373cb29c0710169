package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.infrastructure.xks.XksJson;
import io.strongroom.persistence.CustomKeyStoreRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading custom key stores: by id (NotFound otherwise), by name, in pages, the uniqueness rules
 * of KMS-SPEC §5 (names; endpoint and path; endpoints of VPC stores; VPC endpoint services), and
 * the view DescribeCustomKeyStores and the console show, with each store's key count.
 */
@ApplicationScoped
public class CustomKeyStoreCatalog {

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;

    /** The store, locked for update until the transaction ends; CustomKeyStoreNotFoundException otherwise. */
    public CustomKeyStoreRecord lockedExisting(String customKeyStoreId) {
        CustomKeyStoreRules.checkStoreId("customKeyStoreId", customKeyStoreId);
        return Optional.ofNullable(em.find(CustomKeyStoreRecord.class, customKeyStoreId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> notFound("ID", customKeyStoreId));
    }

    public CustomKeyStoreRecord existing(String customKeyStoreId) {
        CustomKeyStoreRules.checkStoreId("customKeyStoreId", customKeyStoreId);
        return Optional.ofNullable(em.find(CustomKeyStoreRecord.class, customKeyStoreId))
                .orElseThrow(() -> notFound("ID", customKeyStoreId));
    }

    public CustomKeyStoreRecord existingByName(String name) {
        return byName(name).orElseThrow(() -> notFound("name", name));
    }

    public Optional<CustomKeyStoreRecord> byName(String name) {
        return em.createNamedQuery("CustomKeyStoreRecord.byName", CustomKeyStoreRecord.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** Stores in id order after the given id (null: from the first). */
    public List<CustomKeyStoreRecord> pageAfter(String afterId, int size) {
        var query = afterId == null
                ? em.createNamedQuery("CustomKeyStoreRecord.all", CustomKeyStoreRecord.class)
                : em.createNamedQuery("CustomKeyStoreRecord.pageAfter", CustomKeyStoreRecord.class)
                        .setParameter("marker", afterId);
        return query.setMaxResults(size).getResultList();
    }

    public List<CustomKeyStoreRecord> inState(ConnectionState state) {
        return em.createNamedQuery("CustomKeyStoreRecord.byConnectionState", CustomKeyStoreRecord.class)
                .setParameter("state", state.name()).getResultList();
    }

    public long count() {
        return em.createNamedQuery("CustomKeyStoreRecord.count", Long.class).getSingleResult();
    }

    /**
     * Serializes the creation and re-configuration of stores across nodes, so two concurrent calls
     * cannot both take the last of the ten places or the same name or URI.
     */
    public void lockForChanges() {
        em.createNativeQuery("lock table custom_key_store in share row exclusive mode").executeUpdate();
    }

    /**
     * The uniqueness rules for a store's proxy (AWS CreateCustomKeyStore): endpoint and path
     * together are unique; a VPC store's endpoint (its private DNS name) is used by no other store,
     * and a public store's by no VPC store; each VPC endpoint service serves one store.
     *
     * @param selfId the store being updated, or null on create
     */
    public void ensureProxyUnique(String selfId, String endpoint, String path, String connectivity, String serviceName) {
        List<CustomKeyStoreRecord> others = em.createNamedQuery("CustomKeyStoreRecord.all", CustomKeyStoreRecord.class)
                .getResultList().stream().filter(other -> !other.getCustomKeyStoreId().equals(selfId)).toList();
        String host = endpoint.toLowerCase(Locale.ROOT);
        for (CustomKeyStoreRecord other : others) {
            if (other.getUriEndpoint().toLowerCase(Locale.ROOT).equals(host) && other.getUriPath().equals(path)) {
                throw new KmsException(KmsError.XksProxyUriInUseException, "The XksProxyUriEndpoint and XksProxyUriPath "
                        + endpoint + path + " are already used by custom key store " + other.getCustomKeyStoreId());
            }
        }
        boolean vpc = CustomKeyStoreRules.VPC_ENDPOINT_SERVICE.equals(connectivity);
        for (CustomKeyStoreRecord other : others) {
            boolean otherVpc = CustomKeyStoreRules.VPC_ENDPOINT_SERVICE.equals(other.getConnectivity());
            if ((vpc || otherVpc) && other.getUriEndpoint().toLowerCase(Locale.ROOT).equals(host)) {
                throw new KmsException(KmsError.XksProxyUriEndpointInUseException, "The XksProxyUriEndpoint " + endpoint
                        + " is already used by custom key store " + other.getCustomKeyStoreId() + "; a store with "
                        + "VPC_ENDPOINT_SERVICE connectivity needs an endpoint no other store uses");
            }
            if (vpc && otherVpc && serviceName.equals(other.getVpcEndpointServiceName())) {
                throw new KmsException(KmsError.XksProxyVpcEndpointServiceInUseException, "The VPC endpoint service "
                        + serviceName + " is already used by custom key store " + other.getCustomKeyStoreId());
            }
        }
    }

    /** How many KMS keys, in any state, are in the store. */
    public long keyCount(String customKeyStoreId) {
        return keyCounts(List.of(customKeyStoreId)).getOrDefault(customKeyStoreId, 0L);
    }

    /** The views of the given stores, with their key counts from one query. */
    public List<CustomKeyStoreView> views(List<CustomKeyStoreRecord> stores) {
        Map<String, Long> counts = stores.isEmpty() ? Map.of()
                : keyCounts(stores.stream().map(CustomKeyStoreRecord::getCustomKeyStoreId).toList());
        return stores.stream().map(store -> view(store, counts.getOrDefault(store.getCustomKeyStoreId(), 0L))).toList();
    }

    private Map<String, Long> keyCounts(List<String> storeIds) {
        return em.createQuery("select k.customKeyStoreId, count(k) from KeyRecord k where k.customKeyStoreId in :ids"
                        + " group by k.customKeyStoreId", Object[].class)
                .setParameter("ids", storeIds).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    private static CustomKeyStoreView view(CustomKeyStoreRecord store, long keyCount) {
        String state = store.getConnectionState();
        return new CustomKeyStoreView(store.getCustomKeyStoreId(), store.getCustomKeyStoreName(),
                store.getCustomKeyStoreType(), state,
                ConnectionState.FAILED.name().equals(state) ? store.getConnectionErrorCode() : null,
                store.getCreatedAt(), store.getConnectivity(), store.getAccessKeyId(), store.getUriEndpoint(),
                store.getUriPath(), store.getVpcEndpointServiceName(), store.getVpcEndpointServiceOwner(),
                store.getCredentialUpdatedAt(), keyCount, XksJson.fromJson(store.getLastHealthReport()),
                store.getLastHealthAt());
    }

    static KmsException notFound(String by, String value) {
        return new KmsException(KmsError.CustomKeyStoreNotFoundException,
                "No custom key store with " + by + " '" + value + "' exists in this account and region");
    }
}
