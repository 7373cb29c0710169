package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.CiphertextBlob;
import io.strongroom.domain.ExternalCiphertextBlob;
import io.strongroom.domain.Key;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.SymmetricCiphertext;
import io.strongroom.infrastructure.xks.XksCiphertext;
import io.strongroom.infrastructure.xks.XksProxyClient;
import io.strongroom.infrastructure.xks.XksProxyException;
import io.strongroom.infrastructure.xks.XksProxyFailure;
import io.strongroom.infrastructure.xks.XksProxyTarget;
import io.strongroom.infrastructure.xks.XksRequestMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.UUID;

/**
 * The external layer of keys in an external key store. Every symmetric operation first encrypts
 * with the key's own material as for any key (the inner, format-1 blob, bound to the encryption
 * context); for a key in an external key store that inner blob, never the caller's plaintext,
 * then goes to the store's XKS proxy, and the answer becomes a format-2
 * {@link ExternalCiphertextBlob}. Decryption reverses it: the proxy first, then the inner blob.
 * A key outside external key stores passes through unchanged, so callers need no branch.
 */
@ApplicationScoped
public class DoubleEncryption {

    private ExternalKeyStores stores;
    private XksProxyClient proxy;
    private RegionIdentity region;

    protected DoubleEncryption() {
        // for CDI proxies
    }

    @Inject
    public DoubleEncryption(ExternalKeyStores stores, XksProxyClient proxy, RegionIdentity region) {
        this.stores = stores;
        this.proxy = proxy;
        this.region = region;
    }

    /**
     * The ciphertext the caller receives for an inner blob made with the key's own material.
     *
     * @param operation the KMS operation, for the proxy's requestMetadata (e.g. "Encrypt")
     */
    public byte[] seal(CallerContext caller, Key key, String operation, byte[] innerBlob) {
        if (!key.inExternalKeyStore()) {
            return innerBlob;
        }
        int materialVersion = CiphertextBlob.parse(innerBlob).materialVersion();
        byte[] aad = ExternalCiphertextBlob.header(key.id(), materialVersion);
        XksProxyTarget target = connectedProxy(key);
        try {
            XksCiphertext external = proxy.encrypt(target, key.xksKeyId(), metadata(caller, key, operation), innerBlob, aad);
            if (external.ciphertext() == null || external.ciphertext().length != innerBlob.length) {
                throw malformed("its encrypt returned a ciphertext of another length than the data it was given");
            }
            return new ExternalCiphertextBlob(key.id(), materialVersion, external.initializationVector(),
                    external.authenticationTag(), external.ciphertextMetadata(), external.ciphertext()).toBytes();
        } catch (XksProxyException failure) {
            throw failure.forCryptoOperation();
        } catch (IllegalArgumentException outOfBounds) {
            // IV, tag or metadata of a length the XKS API does not allow.
            throw malformed(outOfBounds.getMessage());
        } finally {
            wipe(target);
        }
    }

    /**
     * The inner blob of a ciphertext made under the key: the blob itself for a key outside
     * external key stores, else what the proxy decrypts the external layer to. A blob of the
     * other format, or one whose layers disagree, is InvalidCiphertextException; a proxy
     * failure, including its own InvalidCiphertextException, is KMSInvalidStateException.
     */
    public CiphertextBlob open(CallerContext caller, Key key, String operation, SymmetricCiphertext blob) {
        if (!key.inExternalKeyStore()) {
            if (blob instanceof CiphertextBlob inner) {
                return inner;
            }
            throw SymmetricCiphertext.invalid();
        }
        if (!(blob instanceof ExternalCiphertextBlob outer)) {
            // A format-1 blob would skip the external key manager; none was ever made for this key.
            throw SymmetricCiphertext.invalid();
        }
        XksProxyTarget target = connectedProxy(key);
        byte[] innerBytes;
        try {
            innerBytes = proxy.decrypt(target, key.xksKeyId(), metadata(caller, key, operation),
                    new XksCiphertext(outer.externalCiphertext(), outer.iv(), outer.tag(), outer.ciphertextMetadata()),
                    outer.header());
        } catch (XksProxyException failure) {
            throw failure.forCryptoOperation();
        } finally {
            wipe(target);
        }
        CiphertextBlob inner = CiphertextBlob.parse(innerBytes);
        if (!outer.wraps(inner)) {
            throw SymmetricCiphertext.invalid();
        }
        return inner;
    }

    private XksProxyTarget connectedProxy(Key key) {
        // The key's state was checked already; this closes the window of a store disconnected since.
        return stores.connectedProxy(key.customKeyStoreId()).orElseThrow(() -> new KmsException(
                KmsError.KMSInvalidStateException, "Key '" + key.id() + "' is unavailable: its custom key store "
                        + key.customKeyStoreId() + " is not connected."));
    }

    /** The proxy secret is opened for one call only. */
    static void wipe(XksProxyTarget target) {
        if (target.secret() != null) {
            Arrays.fill(target.secret(), (byte) 0);
        }
    }

    private XksRequestMetadata metadata(CallerContext caller, Key key, String operation) {
        return new XksRequestMetadata(caller.principalArn(), region.keyArn(key.id()), operation, requestId(caller));
    }

    /** The caller's request id; the proxy requires one, so a caller without one gets a fresh id. */
    static String requestId(CallerContext caller) {
        return caller.requestId() != null ? caller.requestId() : UUID.randomUUID().toString();
    }

    private static KmsException malformed(String detail) {
        return new XksProxyException(XksProxyFailure.MALFORMED_RESPONSE,
                "The XKS proxy's answer is not valid: " + detail).forCryptoOperation();
    }
}
