package io.strongroom.infrastructure.crypto;

import io.strongroom.domain.SigningAlgorithm;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.MGF1ParameterSpec;
import java.util.HexFormat;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Signature schemes over a precomputed digest, as KMS signs (a RAW message is hashed first):
 * PKCS#1 v1.5 with the DigestInfo prefix, PSS with MGF1 of the same hash and a salt as long as
 * the hash, and DER-encoded ECDSA. Also the OAEP parameters, with MGF1 set explicitly because
 * the JDK's default MGF1 hash is SHA-1 whatever the OAEP digest.
 */
final class Signatures {

    private static final HexFormat HEX = HexFormat.of();

    private Signatures() {
    }

    static byte[] sign(PrivateKey key, byte[] pkcs8, SigningAlgorithm algorithm, byte[] digest, SecureRandom random)
            throws GeneralSecurityException {
        switch (algorithm.family()) {
            case RSA_PSS:
                try {
                    PSSSigner signer = pss(algorithm);
                    signer.init(true, new ParametersWithRandom(PrivateKeyFactory.createKey(pkcs8), random));
                    signer.update(digest, 0, digest.length);
                    return signer.generateSignature();
                } catch (IOException | CryptoException e) {
                    throw new GeneralSecurityException("PSS signing failed", e);
                }
            case RSA_PKCS1:
                Signature rsa = Signature.getInstance("NONEwithRSA");
                rsa.initSign(key, random);
                rsa.update(digestInfo(algorithm, digest));
                return rsa.sign();
            default:
                Signature ecdsa = Signature.getInstance("NONEwithECDSA", KeyPairs.BOUNCY_CASTLE);
                ecdsa.initSign(key, random);
                ecdsa.update(digest);
                return ecdsa.sign();
        }
    }

    static boolean verify(PublicKey key, byte[] spki, SigningAlgorithm algorithm, byte[] digest, byte[] signature)
            throws GeneralSecurityException {
        try {
            switch (algorithm.family()) {
                case RSA_PSS:
                    PSSSigner verifier = pss(algorithm);
                    verifier.init(false, PublicKeyFactory.createKey(spki));
                    verifier.update(digest, 0, digest.length);
                    return verifier.verifySignature(signature);
                case RSA_PKCS1:
                    Signature rsa = Signature.getInstance("NONEwithRSA");
                    rsa.initVerify(key);
                    rsa.update(digestInfo(algorithm, digest));
                    return rsa.verify(signature);
                default:
                    Signature ecdsa = Signature.getInstance("NONEwithECDSA", KeyPairs.BOUNCY_CASTLE);
                    ecdsa.initVerify(key);
                    ecdsa.update(digest);
                    return ecdsa.verify(signature);
            }
        } catch (SignatureException | IOException | RuntimeException malformed) {
            // A signature that cannot even be parsed is simply not valid.
            return false;
        }
    }

    static OAEPParameterSpec oaep(String algorithm) {
        return "RSAES_OAEP_SHA_1".equals(algorithm)
                ? new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT)
                : new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    }

    private static PSSSigner pss(SigningAlgorithm algorithm) {
        return PSSSigner.createRawSigner(new RSABlindedEngine(), digest(algorithm), digest(algorithm),
                algorithm.digestLength(), PSSSigner.TRAILER_IMPLICIT);
    }

    private static Digest digest(SigningAlgorithm algorithm) {
        return switch (algorithm.hash()) {
            case "SHA-256" -> new SHA256Digest();
            case "SHA-384" -> new SHA384Digest();
            default -> new SHA512Digest();
        };
    }

    /** DER DigestInfo: AlgorithmIdentifier of the hash, then the digest (RFC 8017 §9.2 note 1). */
    private static byte[] digestInfo(SigningAlgorithm algorithm, byte[] digest) {
        String prefix = switch (algorithm.hash()) {
            case "SHA-256" -> "3031300d060960864801650304020105000420";
            case "SHA-384" -> "3041300d060960864801650304020205000430";
            default -> "3051300d060960864801650304020305000440";
        };
        byte[] head = HEX.parseHex(prefix);
        byte[] info = new byte[head.length + digest.length];
        System.arraycopy(head, 0, info, 0, head.length);
        System.arraycopy(digest, 0, info, head.length, digest.length);
        return info;
    }
}
