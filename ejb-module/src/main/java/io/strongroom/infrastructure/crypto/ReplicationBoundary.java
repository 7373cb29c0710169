package io.strongroom.infrastructure.crypto;

import io.strongroom.domain.replication.CanonicalWriter;
import io.strongroom.domain.replication.MessageHeader;
import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.SessionBinding;
import io.strongroom.domain.replication.SigningKey;
import io.strongroom.domain.replication.WrappedMaterial;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The crypto boundary's replication side (docs/replication-protocol.md): it holds this region's
 * Replication Signing Key only sealed and signs with it, makes the ephemeral ECDH agreement keys
 * (RAK), derives the session keys, and wraps, unwraps and fingerprints key material. Plaintext
 * private keys, shared secrets, session keys and material exist only inside these methods and their
 * byte arrays are wiped before they return; RAK_A is never encoded at all, and RAK_B's private half
 * leaves only sealed under the root key, bound to its session.
 */
@ApplicationScoped
public class ReplicationBoundary {

    private static final String SIGNING_KEY_KIND = "replication-signing-key";
    private static final String AGREEMENT_KEY_KIND = "replication-agreement-key";

    /** The requester's agreement key: the public half for the request, the private half sealed for its session. */
    public record AgreementKey(byte[] publicKey, byte[] sealedPrivateKey) {
    }

    /** One material version sealed under this region's root key, with its public key (null for symmetric and HMAC keys). */
    public record SealedVersion(int materialVersion, byte[] sealedMaterial, byte[] publicKey) {
    }

    /** What the source sends: its agreement public key and the wrapped versions. */
    public record WrappedVersions(byte[] agreementPublicKey, List<WrappedMaterial> materials) {
    }

    /** What the source sends for imported material: its agreement public key and the keyed fingerprint. */
    public record KeyedFingerprint(byte[] agreementPublicKey, byte[] fingerprint) {
    }

    private final SecureRandom random = new SecureRandom();
    private CryptoBoundary boundary;

    protected ReplicationBoundary() {
        // for CDI proxies
    }

    @Inject
    public ReplicationBoundary(CryptoBoundary boundary) {
        this.boundary = boundary;
    }

    /** A new signing key version: the P-384 private half sealed under the root key, bound to its version. */
    public SigningKey newSigningKey(int version, Instant now) {
        SealedPair pair = newSealedPair(SIGNING_KEY_KIND, Integer.toString(version));
        return new SigningKey(version, pair.publicKey(), pair.sealedPrivateKey(), now, null);
    }

    /** ECDSA P-384 / SHA-384 over {@code data} with the signing key, DER-encoded. */
    public byte[] sign(SigningKey key, byte[] data) {
        byte[] pkcs8 = boundary.unsealBound(key.sealedPrivateKey(), SIGNING_KEY_KIND, Integer.toString(key.version()));
        try {
            return P384Keys.sign(P384Keys.privateKey(pkcs8), data, random);
        } catch (GeneralSecurityException e) {
            throw CryptoBoundary.internal(e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    public byte[] newSessionId() {
        return boundary.randomBytes(MessageHeader.SESSION_ID_LENGTH);
    }

    /** RAK_B: a fresh P-384 agreement key for one session, its private half sealed and bound to the session id. */
    public AgreementKey newAgreementKey(byte[] sessionId) {
        SealedPair pair = newSealedPair(AGREEMENT_KEY_KIND, HexFormat.of().formatHex(sessionId));
        return new AgreementKey(pair.publicKey(), pair.sealedPrivateKey());
    }

    /**
     * Source side: makes RAK_A, derives the RWK with the requester's RAK_B and wraps each version
     * under it (AES-256-GCM, AAD = header | u32 version). RAK_A's private half dies with this call.
     */
    public WrappedVersions wrap(SessionBinding binding, MessageHeader header, byte[] requesterAgreementKey,
                                List<SealedVersion> versions) {
        SourceKey rwk = sourceSessionKey(ReplicationKdf.WRAPPING_KEY_LABEL, binding, requesterAgreementKey);
        try {
            SecretKeySpec key = new SecretKeySpec(rwk.key(), "AES");
            List<WrappedMaterial> wrapped = new ArrayList<>(versions.size());
            for (SealedVersion version : versions) {
                byte[] material = boundary.unsealMaterial(binding.keyId(), version.materialVersion(), version.sealedMaterial());
                try {
                    byte[] iv = boundary.randomBytes(WrappedMaterial.IV_LENGTH);
                    Cipher cipher = CryptoBoundary.gcm(Cipher.ENCRYPT_MODE, key, iv);
                    cipher.updateAAD(wrappingAad(header, version.materialVersion()));
                    wrapped.add(new WrappedMaterial(version.materialVersion(),
                            version.publicKey() == null ? new byte[0] : version.publicKey(), iv, cipher.doFinal(material)));
                } finally {
                    Arrays.fill(material, (byte) 0);
                }
            }
            return new WrappedVersions(rwk.agreementPublicKey(), wrapped);
        } catch (GeneralSecurityException e) {
            throw CryptoBoundary.internal(e);
        } finally {
            Arrays.fill(rwk.key(), (byte) 0);
        }
    }

    /**
     * Destination side: derives the same RWK from RAK_B and the source's RAK_A, unwraps every
     * version and seals it under this region's root key. One version that does not open refuses
     * them all (UNWRAP_FAILED).
     */
    public List<SealedVersion> unwrap(SessionBinding binding, MessageHeader header, AgreementKey own,
                                      byte[] sourceAgreementKey, List<WrappedMaterial> wrapped) {
        byte[] rwk = requesterSessionKey(ReplicationKdf.WRAPPING_KEY_LABEL, binding, own, sourceAgreementKey);
        try {
            SecretKeySpec key = new SecretKeySpec(rwk, "AES");
            List<SealedVersion> sealed = new ArrayList<>(wrapped.size());
            for (WrappedMaterial version : wrapped) {
                Cipher cipher = CryptoBoundary.gcm(Cipher.DECRYPT_MODE, key, version.iv());
                cipher.updateAAD(wrappingAad(header, version.materialVersion()));
                byte[] material = cipher.doFinal(version.ciphertext());
                try {
                    sealed.add(new SealedVersion(version.materialVersion(),
                            boundary.sealMaterial(binding.keyId(), version.materialVersion(), material),
                            version.publicKey().length == 0 ? null : version.publicKey()));
                } finally {
                    Arrays.fill(material, (byte) 0);
                }
            }
            return sealed;
        } catch (AEADBadTagException wrongKeyOrTampered) {
            throw new ReplicationRefusedException(ReplicationError.UNWRAP_FAILED, null);
        } catch (GeneralSecurityException e) {
            throw CryptoBoundary.internal(e);
        } finally {
            Arrays.fill(rwk, (byte) 0);
        }
    }

    /** Source side for imported material: a fresh RAK_A and the keyed fingerprint of one version. */
    public KeyedFingerprint fingerprint(SessionBinding binding, byte[] requesterAgreementKey, SealedVersion version) {
        SourceKey fingerprintKey = sourceSessionKey(ReplicationKdf.FINGERPRINT_KEY_LABEL, binding, requesterAgreementKey);
        try {
            return new KeyedFingerprint(fingerprintKey.agreementPublicKey(), materialFingerprint(fingerprintKey.key(),
                    binding.keyId(), version.materialVersion(), version.sealedMaterial()));
        } finally {
            Arrays.fill(fingerprintKey.key(), (byte) 0);
        }
    }

    /** Destination side: whether the candidate material (sealed here) is the material the source fingerprinted. */
    public boolean sameMaterial(SessionBinding binding, AgreementKey own, byte[] sourceAgreementKey, int materialVersion,
                                byte[] fingerprint, byte[] candidateSealedMaterial) {
        byte[] fingerprintKey = requesterSessionKey(ReplicationKdf.FINGERPRINT_KEY_LABEL, binding, own, sourceAgreementKey);
        try {
            return MessageDigest.isEqual(fingerprint,
                    materialFingerprint(fingerprintKey, binding.keyId(), materialVersion, candidateSealedMaterial));
        } finally {
            Arrays.fill(fingerprintKey, (byte) 0);
        }
    }

    /** HMAC-SHA-256(FK, u32 version | material) over the material as sealed for (key id, version). */
    private byte[] materialFingerprint(byte[] fingerprintKey, String keyId, int materialVersion, byte[] sealedMaterial) {
        byte[] material = boundary.unsealMaterial(keyId, materialVersion, sealedMaterial);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
            mac.update(new CanonicalWriter().u32(materialVersion).toBytes());
            return mac.doFinal(material);
        } catch (GeneralSecurityException e) {
            throw CryptoBoundary.internal(e);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** The source's half of a session: a fresh RAK_A, whose private half dies here, and the derived key. */
    private record SourceKey(byte[] agreementPublicKey, byte[] key) {
    }

    private SourceKey sourceSessionKey(String label, SessionBinding binding, byte[] requesterAgreementKey) {
        ECPublicKey peer = agreementKey(requesterAgreementKey);
        try {
            KeyPair own = P384Keys.generate(random);
            byte[] ownPublic = own.getPublic().getEncoded();
            return new SourceKey(ownPublic, sessionKey(label, binding, own.getPrivate(), peer, ownPublic, requesterAgreementKey));
        } catch (GeneralSecurityException e) {
            throw CryptoBoundary.internal(e);
        }
    }

    private record SealedPair(byte[] publicKey, byte[] sealedPrivateKey) {
    }

    /** A fresh P-384 pair with its private half (PKCS#8) sealed under the root key for one kind and owner. */
    private SealedPair newSealedPair(String kind, String owner) {
        try {
            KeyPair pair = P384Keys.generate(random);
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            try {
                return new SealedPair(pair.getPublic().getEncoded(), boundary.sealBound(pkcs8, kind, owner));
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw CryptoBoundary.internal(e);
        }
    }

    private byte[] requesterSessionKey(String label, SessionBinding binding, AgreementKey own, byte[] sourceAgreementKey) {
        ECPublicKey peer = agreementKey(sourceAgreementKey);
        byte[] pkcs8 = boundary.unsealBound(own.sealedPrivateKey(), AGREEMENT_KEY_KIND,
                HexFormat.of().formatHex(binding.sessionId()));
        try {
            return sessionKey(label, binding, P384Keys.privateKey(pkcs8), peer, sourceAgreementKey, own.publicKey());
        } catch (GeneralSecurityException e) {
            throw CryptoBoundary.internal(e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static byte[] sessionKey(String label, SessionBinding binding, PrivateKey own, ECPublicKey peer,
                                     byte[] sourceAgreementKey, byte[] destinationAgreementKey)
            throws GeneralSecurityException {
        byte[] secret = P384Keys.agree(own, peer);
        try {
            return ReplicationKdf.derive(label, secret, binding, sourceAgreementKey, destinationAgreementKey);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static ECPublicKey agreementKey(byte[] der) {
        try {
            return P384Keys.publicKey(der);
        } catch (IllegalArgumentException e) {
            throw new ReplicationRefusedException(ReplicationError.INVALID_AGREEMENT_KEY, null);
        }
    }

    private static byte[] wrappingAad(MessageHeader header, int materialVersion) {
        byte[] encoded = header.encode();
        return new CanonicalWriter().fixed(encoded, encoded.length).u32(materialVersion).toBytes();
    }
}
