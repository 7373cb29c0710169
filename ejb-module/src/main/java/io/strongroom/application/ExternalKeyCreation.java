package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.ExternalKeyRules;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyRepository;
import io.strongroom.infrastructure.xks.XksKeyDescription;
import io.strongroom.infrastructure.xks.XksProxyClient;
import io.strongroom.infrastructure.xks.XksProxyException;
import io.strongroom.infrastructure.xks.XksProxyTarget;
import io.strongroom.infrastructure.xks.XksRequestMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * CreateKey with Origin EXTERNAL_KEY_STORE, the part that needs the store: it must exist and be
 * CONNECTED, the external key must not back another key of the store, and the proxy's
 * GetKeyMetadata must describe an enabled AES_256 key that both encrypts and decrypts. Every
 * check runs before the key row exists, so a refusal leaves nothing behind.
 */
@ApplicationScoped
public class ExternalKeyCreation {

    @Inject
    private KeyRepository keys;
    @Inject
    private ExternalKeyStores stores;
    @Inject
    private XksProxyClient proxy;

    /** Checks a new key's store and external key; its members were checked by {@link ExternalKeyRules#checkCreateKey}. */
    public void checkStoreAndExternalKey(CallerContext caller, Key key) {
        String customKeyStoreId = key.customKeyStoreId();
        String xksKeyId = key.xksKeyId();
        String state = keys.customKeyStoreConnectionState(customKeyStoreId).orElseThrow(() -> new KmsException(
                KmsError.CustomKeyStoreNotFoundException, "Custom key store " + customKeyStoreId + " does not exist"));
        if (!Key.STORE_CONNECTED.equals(state)) {
            throw notConnected(customKeyStoreId, state);
        }
        if (keys.xksKeyInUse(customKeyStoreId, xksKeyId)) {
            throw ExternalKeyRules.alreadyInUse(customKeyStoreId, xksKeyId);
        }
        XksProxyTarget target = stores.connectedProxy(customKeyStoreId)
                .orElseThrow(() -> notConnected(customKeyStoreId, "no longer CONNECTED"));
        XksKeyDescription external;
        try {
            external = proxy.keyMetadata(target, xksKeyId, new XksRequestMetadata(caller.principalArn(), null,
                    "CreateKey", DoubleEncryption.requestId(caller)));
        } catch (XksProxyException failure) {
            throw failure.forCreateKey();
        } finally {
            DoubleEncryption.wipe(target);
        }
        if (!external.usableForNewKey()) {
            throw new KmsException(KmsError.XksKeyInvalidConfigurationException, "The external key '" + xksKeyId
                    + "' has keySpec " + external.keySpec() + ", keyUsage " + external.keyUsage() + " and keyStatus "
                    + external.keyStatus() + "; a KMS key needs an ENABLED AES_256 key with ENCRYPT and DECRYPT");
        }
    }

    private static KmsException notConnected(String customKeyStoreId, String state) {
        return new KmsException(KmsError.CustomKeyStoreInvalidStateException, "Custom key store " + customKeyStoreId
                + " is " + state + "; keys can be created only in a CONNECTED custom key store");
    }
}
