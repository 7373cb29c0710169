package io.strongroom.interfaces.console;

import io.strongroom.application.CustomKeyStoreView;
import java.time.Instant;

/**
 * One external key store as the key store screens show it: the service's view (never the secret)
 * with the words about it worked out once when it was loaded, so that rendering calls no logic.
 *
 * @param stateSeverity    tag colour of the connection state
 * @param errorExplanation the ConnectionErrorCode in plain words, empty without a code
 * @param credentialAge    how long ago the proxy credential was set or rotated
 * @param healthWarning    the last health report shows an external key manager not ACTIVE
 */
public record KeyStoreRow(CustomKeyStoreView store, String stateSeverity, String errorExplanation,
                          String credentialAge, boolean healthWarning) {

    static KeyStoreRow of(CustomKeyStoreView store, Instant now) {
        return new KeyStoreRow(store, KeyStoreWords.stateSeverity(store.connectionState()),
                KeyStoreWords.explain(store.connectionErrorCode()),
                KeyStoreWords.credentialAge(store.credentialUpdatedAt(), now),
                store.lastHealth() != null && store.lastHealth().degraded());
    }

    public String customKeyStoreId() {
        return store.customKeyStoreId();
    }
}
