package io.strongroom.infrastructure.crypto;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.KeySpec;
import io.strongroom.infrastructure.crypto.imports.ImportToken;
import io.strongroom.infrastructure.crypto.imports.ImportedMaterial;
import io.strongroom.infrastructure.crypto.imports.ImportedMaterialValidator;
import io.strongroom.infrastructure.crypto.imports.KeyMaterialUnwrapper;
import io.strongroom.infrastructure.crypto.imports.WrappingAlgorithm;
import io.strongroom.infrastructure.crypto.imports.WrappingKeySpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The crypto boundary's import side (KMS-SPEC §2.4, §4): hands out wrapping key pairs with their
 * import tokens, and turns wrapped material into sealed material. The wrapping private key, the
 * unwrapped material and the keys derived from the root key exist in plaintext only inside these
 * methods and are wiped before they return.
 *
 * <p>Reimports must bring byte-identical material. The material itself is wiped when it is deleted
 * or expires, so the comparison is made against a keyed fingerprint that outlives it:
 * HMAC-SHA-256 under a key derived from the root key, over the key id and the bytes as imported.
 * It proves equality inside the boundary and tells nothing to anyone without the root key.
 */
@ApplicationScoped
public class ImportBoundary {

    private static final String WRAPPING_KEY_KIND = "import-wrapping-key";
    private static final String TOKEN_KEY_PURPOSE = "import-token";
    private static final String FINGERPRINT_KEY_PURPOSE = "imported-material-fingerprint";

    @Inject
    private CryptoBoundary crypto;
    @Inject
    private WrappingKeys wrappingKeys;

    /** A wrapping key pair handed out: its id, public key, sealed private key, the token naming it and its expiry. */
    public record IssuedParameters(String wrappingKeyId, byte[] publicKey, byte[] sealedPrivateKey, byte[] importToken,
                                   Instant issuedAt, Instant validTo) {
    }

    /** What a verified import token says. */
    public record TokenClaims(String wrappingKeyId, WrappingAlgorithm algorithm, WrappingKeySpec spec) {
    }

    /** Material ready to store: sealed for (key id, version), its public key if any, and its fingerprint. */
    public record SealedImport(byte[] sealedMaterial, byte[] publicKey, byte[] fingerprint) {
    }

    /** A fresh wrapping key pair (from the pool) and its token, valid for {@link ImportToken#VALIDITY}. */
    public IssuedParameters issueParameters(String keyId, WrappingAlgorithm algorithm, WrappingKeySpec spec) {
        KeyPair pair = wrappingKeys.take(spec);
        String wrappingKeyId = UUID.randomUUID().toString();
        byte[] privateKey = pair.getPrivate().getEncoded();
        byte[] tokenKey = crypto.derivedKey(TOKEN_KEY_PURPOSE);
        try {
            byte[] sealed = crypto.sealBound(privateKey, WRAPPING_KEY_KIND, wrappingKeyId);
            ImportToken token = ImportToken.issue(keyId, wrappingKeyId, algorithm, spec, Clock.systemUTC());
            return new IssuedParameters(wrappingKeyId, pair.getPublic().getEncoded(), sealed, token.encode(tokenKey),
                    token.issuedAt(), token.expiresAt());
        } finally {
            Arrays.fill(privateKey, (byte) 0);
            Arrays.fill(tokenKey, (byte) 0);
        }
    }

    /**
     * Checks the token's integrity, its key and its expiry: InvalidImportTokenException for a
     * malformed or tampered token or one issued for another key, ExpiredImportTokenException after
     * its 24 hours.
     */
    public TokenClaims verifyImportToken(byte[] token, String keyId, Instant now) {
        byte[] tokenKey = crypto.derivedKey(TOKEN_KEY_PURPOSE);
        try {
            ImportToken claims = ImportToken.open(token, tokenKey, keyId, Clock.fixed(now, ZoneOffset.UTC));
            return new TokenClaims(claims.wrappingKeyId(), claims.wrappingAlgorithm(), claims.wrappingKeySpec());
        } finally {
            Arrays.fill(tokenKey, (byte) 0);
        }
    }

    /**
     * Unwraps the material with the token's wrapping key, validates it for the key spec, checks it
     * against the fingerprint of earlier imports (if any) and seals it for the key version.
     */
    public SealedImport unwrapAndSeal(String keyId, int materialVersion, KeySpec keySpec, TokenClaims claims,
                                      byte[] sealedWrappingKey, byte[] encryptedMaterial, byte[] expectedFingerprint) {
        byte[] wrappingKey = crypto.unsealBound(sealedWrappingKey, WRAPPING_KEY_KIND, claims.wrappingKeyId());
        byte[] raw = null;
        ImportedMaterial material = null;
        try {
            raw = KeyMaterialUnwrapper.unwrap(claims.algorithm(), wrappingKey, encryptedMaterial);
            material = ImportedMaterialValidator.validate(keySpec, claims.algorithm(), raw);
            byte[] fingerprint = fingerprint(keyId, raw);
            if (expectedFingerprint != null && !MessageDigest.isEqual(expectedFingerprint, fingerprint)) {
                throw new KmsException(KmsError.IncorrectKeyMaterialException,
                        "The key material is not the material previously imported into key '" + keyId
                                + "'; only the same material can be imported again");
            }
            return new SealedImport(crypto.sealMaterial(keyId, materialVersion, material.material()),
                    material.publicKey(), fingerprint);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            if (material != null) {
                material.wipe();
            }
        }
    }

    private byte[] fingerprint(String keyId, byte[] rawMaterial) {
        byte[] fingerprintKey = crypto.derivedKey(FINGERPRINT_KEY_PURPOSE);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
            mac.update(keyId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(rawMaterial);
        } catch (GeneralSecurityException e) {
            throw new KmsException(KmsError.KMSInternalException, "The material fingerprint could not be computed");
        } finally {
            Arrays.fill(fingerprintKey, (byte) 0);
        }
    }
}
