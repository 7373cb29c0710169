package io.strongroom.xksproxy.http;

import io.strongroom.xksproxy.KeyUsage;
import io.strongroom.xksproxy.XksKey;
import io.strongroom.xksproxy.keys.GcmSealed;
import io.strongroom.xksproxy.keys.InvalidCiphertextException;
import io.strongroom.xksproxy.keys.KeyVault;
import io.strongroom.xksproxy.keys.XksCipher;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.SecretKey;

/** GetKeyMetadata, Encrypt and Decrypt of the XKS proxy API v1 on one store's keys. */
final class KeyOperations {

    private static final String AES_GCM = "AES_GCM";
    private static final String SHA_256 = "SHA_256";

    private final KeyVault vault;

    KeyOperations(KeyVault vault) {
        this.vault = vault;
    }

    JsonObject metadata(StoreState store, String keyId) {
        XksKey key = key(store, keyId);
        JsonArrayBuilder usages = Json.createArrayBuilder();
        key.usages().forEach(usage -> usages.add(usage.name()));
        return Json.createObjectBuilder()
                .add("keySpec", "AES_256")
                .add("keyUsage", usages)
                .add("keyStatus", key.enabled() ? "ENABLED" : "DISABLED")
                .build();
    }

    /**
     * Encrypts; when a CDIV is asked for, computes it and then decrypts once more to verify, as the
     * specification recommends, so an encrypt-only key asked for a CDIV fails with InvalidKeyUsage.
     */
    JsonObject encrypt(StoreState store, String keyId, JsonObject body) {
        byte[] plaintext = JsonBodies.requiredBase64(body, "plaintext");
        requireAesGcm(body);
        byte[] aad = additionalAuthenticatedData(body);
        boolean integrityValue = JsonBodies.string(body, "ciphertextDataIntegrityValueAlgorithm")
                .map(algorithm -> {
                    if (!algorithm.equals(SHA_256)) {
                        throw XksException.validation("ciphertextDataIntegrityValueAlgorithm must be SHA_256");
                    }
                    return true;
                }).orElse(false);
        XksKey key = usableKey(store, keyId, KeyUsage.ENCRYPT);
        SecretKey material = material(store, keyId);
        GcmSealed sealed = XksCipher.encrypt(material, plaintext, aad);
        JsonObjectBuilder reply = Json.createObjectBuilder()
                .add("authenticationTag", JsonBodies.encode(sealed.authenticationTag()))
                .add("ciphertext", JsonBodies.encode(sealed.ciphertext()))
                .add("ciphertextMetadata", JsonBodies.encode(sealed.ciphertextMetadata()))
                .add("initializationVector", JsonBodies.encode(sealed.initializationVector()));
        if (integrityValue) {
            reply.add("ciphertextDataIntegrityValue", JsonBodies.encode(XksCipher.integrityValue(aad, sealed)));
            verifyDecrypt(key, material, sealed, aad, plaintext);
        }
        Arrays.fill(plaintext, (byte) 0);
        return reply.build();
    }

    JsonObject decrypt(StoreState store, String keyId, JsonObject body) {
        byte[] ciphertext = JsonBodies.requiredBase64(body, "ciphertext");
        requireAesGcm(body);
        byte[] iv = JsonBodies.requiredBase64(body, "initializationVector");
        byte[] tag = JsonBodies.requiredBase64(body, "authenticationTag");
        byte[] aad = additionalAuthenticatedData(body);
        byte[] metadata = JsonBodies.base64(body, "ciphertextMetadata").orElse(new byte[0]);
        if (iv.length != 12 && iv.length != 16) {
            throw XksException.validation("initializationVector must be 12 or 16 bytes");
        }
        if (tag.length != XksCipher.TAG_BYTES) {
            throw XksException.validation("authenticationTag must be 16 bytes");
        }
        if (metadata.length > XksCipher.MAX_METADATA_BYTES) {
            throw XksException.validation("ciphertextMetadata must be at most 255 bytes");
        }
        usableKey(store, keyId, KeyUsage.DECRYPT);
        try {
            byte[] plaintext = XksCipher.decrypt(material(store, keyId), new GcmSealed(ciphertext, iv, tag, metadata), aad);
            return Json.createObjectBuilder().add("plaintext", JsonBodies.encode(plaintext)).build();
        } catch (InvalidCiphertextException e) {
            throw new XksException(XksErrorName.InvalidCiphertextException, e.getMessage());
        }
    }

    private void verifyDecrypt(XksKey key, SecretKey material, GcmSealed sealed, byte[] aad, byte[] plaintext) {
        requireUsage(key, KeyUsage.DECRYPT, "verify the ciphertext data integrity value");
        try {
            if (!MessageDigest.isEqual(XksCipher.decrypt(material, sealed, aad), plaintext)) {
                throw new XksException(XksErrorName.InternalException, "the verify-decrypt did not return the plaintext");
            }
        } catch (InvalidCiphertextException e) {
            throw new XksException(XksErrorName.InternalException, "the verify-decrypt of the new ciphertext failed");
        }
    }

    private static void requireAesGcm(JsonObject body) {
        if (!AES_GCM.equals(JsonBodies.requiredString(body, "encryptionAlgorithm"))) {
            throw XksException.validation("encryptionAlgorithm must be AES_GCM");
        }
    }

    private static byte[] additionalAuthenticatedData(JsonObject body) {
        byte[] aad = JsonBodies.base64(body, "additionalAuthenticatedData").orElse(new byte[0]);
        if (aad.length > XksCipher.MAX_AAD_BYTES) {
            throw XksException.validation("additionalAuthenticatedData must be at most 65535 bytes");
        }
        return aad;
    }

    private static XksKey key(StoreState store, String keyId) {
        return store.key(keyId).orElseThrow(() -> new XksException(XksErrorName.KeyNotFoundException,
                "no key " + keyId + " in this external key store"));
    }

    private static XksKey usableKey(StoreState store, String keyId, KeyUsage usage) {
        XksKey key = key(store, keyId);
        if (!key.enabled()) {
            throw new XksException(XksErrorName.InvalidStateException, "key " + keyId + " is disabled");
        }
        requireUsage(key, usage, usage == KeyUsage.ENCRYPT ? "encrypt" : "decrypt");
        return key;
    }

    private static void requireUsage(XksKey key, KeyUsage usage, String purpose) {
        if (!key.allows(usage)) {
            throw new XksException(XksErrorName.InvalidKeyUsageException,
                    "key " + key.keyId() + " does not allow " + usage + ", needed to " + purpose);
        }
    }

    private SecretKey material(StoreState store, String keyId) {
        return vault.material(store.uriPrefix(), keyId).orElseThrow(() -> new XksException(
                XksErrorName.InternalException, "the keystore holds no material for key " + keyId));
    }
}
