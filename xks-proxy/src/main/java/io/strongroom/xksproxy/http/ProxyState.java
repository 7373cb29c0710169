package io.strongroom.xksproxy.http;

import io.strongroom.xksproxy.EkmFleetEntry;
import io.strongroom.xksproxy.EkmHealthStatus;
import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.ObservedRequest;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.XksProxyConfiguration;
import io.strongroom.xksproxy.keys.KeyVault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What requests read and the server's runtime controls change: the stores by prefix, the key
 * vault, the simulated EKM health, the response delay and the request observers. Thread-safe.
 */
public final class ProxyState {

    private static final Logger LOG = Logger.getLogger(ProxyState.class.getName());

    private final XksProxyConfiguration configuration;
    private final KeyVault vault;
    private final Map<String, StoreState> stores;
    private final List<Consumer<ObservedRequest>> observers = new CopyOnWriteArrayList<>();
    private volatile Duration responseDelay = Duration.ZERO;
    private volatile EkmHealthStatus ekmHealthOverride;

    public ProxyState(XksProxyConfiguration configuration, KeyVault vault) {
        this.configuration = configuration;
        this.vault = vault;
        this.stores = configuration.stores().stream()
                .collect(Collectors.toUnmodifiableMap(LogicalKeyStore::uriPrefix, StoreState::new));
    }

    public XksProxyConfiguration configuration() {
        return configuration;
    }

    public KeyVault vault() {
        return vault;
    }

    public Optional<StoreState> findStore(String uriPrefix) {
        return Optional.ofNullable(stores.get(uriPrefix));
    }

    /** @throws IllegalArgumentException for a prefix no store has */
    public StoreState store(String uriPrefix) {
        return findStore(uriPrefix)
                .orElseThrow(() -> new IllegalArgumentException("no logical key store has the prefix " + uriPrefix));
    }

    public synchronized void addKey(String uriPrefix, XksKey key) {
        StoreState store = store(uriPrefix);
        vault.ensure(uriPrefix, key.keyId());
        vault.save();
        store.addKey(key);
    }

    public Duration responseDelay() {
        return responseDelay;
    }

    public void setResponseDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative");
        }
        this.responseDelay = delay;
    }

    public void setEkmHealth(EkmHealthStatus status) {
        this.ekmHealthOverride = status;
    }

    /** The fleet as health reports it now. */
    public List<EkmFleetEntry> ekmFleet() {
        EkmHealthStatus override = ekmHealthOverride;
        return override == null ? configuration.ekmFleet()
                : configuration.ekmFleet().stream().map(entry -> entry.withHealthStatus(override)).toList();
    }

    public void addObserver(Consumer<ObservedRequest> observer) {
        observers.add(Objects.requireNonNull(observer));
    }

    public void removeObserver(Consumer<ObservedRequest> observer) {
        observers.remove(observer);
    }

    /** An observer that throws is logged and does not change the answer. */
    void notifyObservers(ObservedRequest request) {
        for (Consumer<ObservedRequest> observer : observers) {
            try {
                observer.accept(request);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a request observer failed", e);
            }
        }
    }

    boolean hasObservers() {
        return !observers.isEmpty();
    }
}
