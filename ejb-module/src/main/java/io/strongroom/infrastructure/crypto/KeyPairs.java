package io.strongroom.infrastructure.crypto;

import io.strongroom.domain.KeySpec;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * How each asymmetric key spec maps to JCA: RSA through the JDK, every elliptic curve through one
 * private BouncyCastle instance (the JDK 17 dropped secp256k1). The provider is passed by instance
 * and never registered in {@code java.security.Security}, so a redeploy leaves nothing behind.
 */
final class KeyPairs {

    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private KeyPairs() {
    }

    static KeyPair generate(KeySpec spec, SecureRandom random) throws GeneralSecurityException {
        if (spec.isRsa()) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(rsaBits(spec), RSAKeyGenParameterSpec.F4), random);
            return generator.generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE);
        generator.initialize(new ECGenParameterSpec(curve(spec)), random);
        return generator.generateKeyPair();
    }

    static PrivateKey privateKey(KeySpec spec, byte[] pkcs8) throws GeneralSecurityException {
        return keyFactory(spec).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    static PublicKey publicKey(KeySpec spec, byte[] subjectPublicKeyInfo) throws GeneralSecurityException {
        return keyFactory(spec).generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
    }

    /** HMAC key lengths: the hash output length, as AWS generates them. */
    static int hmacKeyLength(KeySpec spec) {
        return Integer.parseInt(spec.name().substring("HMAC_".length())) / 8;
    }

    static String hmacAlgorithm(KeySpec spec) {
        return "HmacSHA" + spec.name().substring("HMAC_".length());
    }

    static int rsaBits(KeySpec spec) {
        return Integer.parseInt(spec.name().substring("RSA_".length()));
    }

    private static KeyFactory keyFactory(KeySpec spec) throws GeneralSecurityException {
        return spec.isRsa() ? KeyFactory.getInstance("RSA") : KeyFactory.getInstance("EC", BOUNCY_CASTLE);
    }

    private static String curve(KeySpec spec) {
        return switch (spec) {
            case ECC_NIST_P256 -> "secp256r1";
            case ECC_NIST_P384 -> "secp384r1";
            case ECC_NIST_P521 -> "secp521r1";
            case ECC_SECG_P256K1 -> "secp256k1";
            default -> throw new IllegalArgumentException(spec + " is not a key pair spec");
        };
    }
}
