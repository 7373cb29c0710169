package io.strongroom.xksproxy.http;

import io.strongroom.xksproxy.LogicalKeyStore;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** One logical key store while the proxy runs: its credentials and keys as the runtime controls left them. */
public final class StoreState {

    private final String uriPrefix;
    private final List<XksCredential> credentials;
    private final Map<String, XksKey> keys = new ConcurrentHashMap<>();

    StoreState(LogicalKeyStore store) {
        this.uriPrefix = store.uriPrefix();
        this.credentials = new CopyOnWriteArrayList<>(store.credentials());
        store.keys().forEach(key -> keys.put(key.keyId(), key));
    }

    public String uriPrefix() {
        return uriPrefix;
    }

    /** The secret of an accepted access key id. */
    public Optional<String> secretFor(String accessKeyId) {
        return credentials.stream().filter(c -> c.accessKeyId().equals(accessKeyId))
                .map(XksCredential::secretAccessKey).findFirst();
    }

    public Optional<XksKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    public void setEnabled(String keyId, boolean enabled) {
        if (keys.computeIfPresent(keyId, (id, key) -> key.withEnabled(enabled)) == null) {
            throw new IllegalArgumentException("store " + uriPrefix + " has no key " + keyId);
        }
    }

    void addKey(XksKey key) {
        if (keys.putIfAbsent(key.keyId(), key) != null) {
            throw new IllegalArgumentException("store " + uriPrefix + " already has key " + key.keyId());
        }
    }

    public void addCredential(XksCredential credential) {
        if (secretFor(credential.accessKeyId()).isPresent()) {
            throw new IllegalArgumentException("store " + uriPrefix + " already accepts " + credential.accessKeyId());
        }
        credentials.add(credential);
    }

    public void removeCredential(String accessKeyId) {
        if (!credentials.removeIf(c -> c.accessKeyId().equals(accessKeyId))) {
            throw new IllegalArgumentException("store " + uriPrefix + " does not accept " + accessKeyId);
        }
    }
}
