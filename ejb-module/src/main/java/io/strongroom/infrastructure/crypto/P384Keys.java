package io.strongroom.infrastructure.crypto;

import io.strongroom.domain.KeySpec;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.KeyAgreement;

/**
 * The P-384 keys of the replication protocol: signing keys (ECDSA with SHA-384) and agreement keys
 * (ECDH). Public keys from outside are accepted only as the canonical DER SubjectPublicKeyInfo of
 * a valid point on P-384 (BouncyCastle checks the point lies on the curve), so no other curve, no
 * explicit parameters and no second encoding of the same key get in. Only the public-key side
 * (parsing, PEM, verification) is public; signing and agreement stay inside the crypto boundary.
 */
public final class P384Keys {

    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";
    private static final String SIGNATURE = "SHA384withECDSA";
    private static final ECParameterSpec P384 = p384();

    private P384Keys() {
    }

    /** The key if {@code der} is the canonical SubjectPublicKeyInfo of a P-384 point; IllegalArgumentException otherwise. */
    public static ECPublicKey publicKey(byte[] der) {
        try {
            if (KeyPairs.publicKey(KeySpec.ECC_NIST_P384, der) instanceof ECPublicKey key && onP384(key.getParams())
                    && Arrays.equals(der, key.getEncoded())) {
                return key;
            }
        } catch (GeneralSecurityException | RuntimeException malformed) {
            // reported below, without the parser's detail
        }
        throw new IllegalArgumentException("Not an EC P-384 public key in canonical DER SubjectPublicKeyInfo form");
    }

    public static String toPem(byte[] der) {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n" + PEM_END + "\n";
    }

    /** The DER of one PEM "PUBLIC KEY" block holding a P-384 key; IllegalArgumentException for anything else. */
    public static byte[] fromPem(String pem) {
        String text = pem == null ? "" : pem.strip();
        if (!text.startsWith(PEM_BEGIN) || !text.endsWith(PEM_END)) {
            throw new IllegalArgumentException("Not a PEM PUBLIC KEY block");
        }
        String body = text.substring(PEM_BEGIN.length(), text.length() - PEM_END.length()).replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The PEM body is not Base64");
        }
        publicKey(der);
        return der;
    }

    /** Whether {@code signature} (DER ECDSA) verifies over {@code data} under the key; anything malformed does not. */
    public static boolean verify(byte[] publicKeyDer, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(SIGNATURE, KeyPairs.BOUNCY_CASTLE);
            verifier.initVerify(publicKey(publicKeyDer));
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException malformed) {
            return false;
        }
    }

    static KeyPair generate(SecureRandom random) throws GeneralSecurityException {
        return KeyPairs.generate(KeySpec.ECC_NIST_P384, random);
    }

    static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyPairs.privateKey(KeySpec.ECC_NIST_P384, pkcs8);
    }

    static byte[] sign(PrivateKey key, byte[] data, SecureRandom random) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(SIGNATURE, KeyPairs.BOUNCY_CASTLE);
        signer.initSign(key, random);
        signer.update(data);
        return signer.sign();
    }

    /** ECDH with a peer's public key, already checked by {@link #publicKey}; the caller wipes the secret. */
    static byte[] agree(PrivateKey own, ECPublicKey peer) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH", KeyPairs.BOUNCY_CASTLE);
        agreement.init(own);
        agreement.doPhase(peer, true);
        return agreement.generateSecret();
    }

    private static boolean onP384(ECParameterSpec params) {
        return params.getCurve().equals(P384.getCurve()) && params.getGenerator().equals(P384.getGenerator())
                && params.getOrder().equals(P384.getOrder()) && params.getCofactor() == P384.getCofactor();
    }

    private static ECParameterSpec p384() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", KeyPairs.BOUNCY_CASTLE);
            parameters.init(new ECGenParameterSpec("secp384r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-384 parameters are unavailable", e);
        }
    }
}
