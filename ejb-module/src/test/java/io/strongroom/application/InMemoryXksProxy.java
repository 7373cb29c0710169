package io.strongroom.application;

import io.strongroom.infrastructure.xks.XksCiphertext;
import io.strongroom.infrastructure.xks.XksProxyClient;
import io.strongroom.infrastructure.xks.XksProxyException;
import io.strongroom.infrastructure.xks.XksProxyFailure;
import io.strongroom.infrastructure.xks.XksProxyTarget;
import io.strongroom.infrastructure.xks.XksRequestMetadata;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An external key manager in memory for unit tests of the external layer: real AES-256-GCM per
 * external key with the XKS API's AAD construction (len16(aad) | aad | len8(metadata) | metadata),
 * keys that can be disabled, and a record of every call's requestMetadata and data.
 */
class InMemoryXksProxy extends XksProxyClient {

    record Call(String api, String xksKeyId, XksRequestMetadata metadata, byte[] data, byte[] aad) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final Set<String> disabled = new HashSet<>();
    final List<Call> calls = new ArrayList<>();
    int ivLength = 12;
    byte[] ciphertextMetadata = new byte[0];

    InMemoryXksProxy withKey(String xksKeyId) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        keys.put(xksKeyId, new SecretKeySpec(key, "AES"));
        return this;
    }

    void setEnabled(String xksKeyId, boolean enabled) {
        if (enabled) {
            disabled.remove(xksKeyId);
        } else {
            disabled.add(xksKeyId);
        }
    }

    @Override
    public XksCiphertext encrypt(XksProxyTarget target, String xksKeyId, XksRequestMetadata metadata, byte[] plaintext,
                                 byte[] additionalAuthenticatedData) {
        calls.add(new Call("encrypt", xksKeyId, metadata, plaintext.clone(), additionalAuthenticatedData.clone()));
        byte[] iv = new byte[ivLength];
        random.nextBytes(iv);
        byte[] sealed = gcm(Cipher.ENCRYPT_MODE, usableKey(xksKeyId), iv,
                aad(additionalAuthenticatedData, ciphertextMetadata), plaintext);
        byte[] ciphertext = java.util.Arrays.copyOf(sealed, sealed.length - 16);
        byte[] tag = java.util.Arrays.copyOfRange(sealed, sealed.length - 16, sealed.length);
        return new XksCiphertext(ciphertext, iv, tag, ciphertextMetadata.clone());
    }

    @Override
    public byte[] decrypt(XksProxyTarget target, String xksKeyId, XksRequestMetadata metadata, XksCiphertext ciphertext,
                          byte[] additionalAuthenticatedData) {
        calls.add(new Call("decrypt", xksKeyId, metadata, ciphertext.ciphertext().clone(),
                additionalAuthenticatedData.clone()));
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        sealed.writeBytes(ciphertext.ciphertext());
        sealed.writeBytes(ciphertext.authenticationTag());
        return gcm(Cipher.DECRYPT_MODE, usableKey(xksKeyId), ciphertext.initializationVector(),
                aad(additionalAuthenticatedData, ciphertext.ciphertextMetadata()), sealed.toByteArray());
    }

    private SecretKeySpec usableKey(String xksKeyId) {
        SecretKeySpec key = keys.get(xksKeyId);
        if (key == null) {
            throw new XksProxyException(XksProxyFailure.KEY_NOT_FOUND, "external key " + xksKeyId + " not found");
        }
        if (disabled.contains(xksKeyId)) {
            throw new XksProxyException(XksProxyFailure.INVALID_STATE, "external key " + xksKeyId + " is disabled");
        }
        return key;
    }

    private static byte[] aad(byte[] aad, byte[] metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(aad.length >>> 8);
        out.write(aad.length);
        out.writeBytes(aad);
        out.write(metadata.length);
        out.writeBytes(metadata);
        return out.toByteArray();
    }

    private static byte[] gcm(int mode, SecretKeySpec key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new XksProxyException(XksProxyFailure.INVALID_CIPHERTEXT, "the ciphertext does not decrypt");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
