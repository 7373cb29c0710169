package io.strongroom.infrastructure.crypto.imports;

import static io.strongroom.infrastructure.crypto.imports.ImportedMaterialValidator.incorrect;

import io.strongroom.domain.KeySpec;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * Imported RSA private keys: PKCS#8 rsaEncryption wrapping an RFC 8017 two-prime RSAPrivateKey whose
 * modulus has exactly the key spec's size, with mutually consistent CRT components (a key whose CRT
 * values disagree would sign wrongly). The result is re-encoded by the JDK, as generated RSA keys are,
 * so Sign and Decrypt treat imported and generated keys alike.
 */
final class RsaMaterial {

    /** version, n, e, d, p, q, dP, dQ, qInv; multi-prime keys have version 1 and otherPrimeInfos. */
    private static final int TWO_PRIME_FIELDS = 9;
    private static final int PRIME_CERTAINTY = 64;

    private RsaMaterial() {
    }

    static ImportedMaterial normalize(KeySpec spec, PrivateKeyInfo info) {
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            throw incorrect(spec + " key material must be an RSA (rsaEncryption) private key");
        }
        BigInteger[] fields = fields(spec, info);
        BigInteger n = fields[1];
        BigInteger e = fields[2];
        BigInteger d = fields[3];
        BigInteger p = fields[4];
        BigInteger q = fields[5];
        int bits = Integer.parseInt(spec.name().substring("RSA_".length()));
        if (n.bitLength() != bits) {
            throw incorrect("the RSA modulus is " + n.bitLength() + " bits long, but key spec " + spec + " needs "
                    + bits + " bits");
        }
        requireConsistent(spec, n, e, d, p, q, fields[6], fields[7], fields[8]);
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            byte[] privateKey = rsa.generatePrivate(new RSAPrivateCrtKeySpec(n, e, d, p, q, fields[6], fields[7],
                    fields[8])).getEncoded();
            byte[] publicKey = rsa.generatePublic(new RSAPublicKeySpec(n, e)).getEncoded();
            return new ImportedMaterial(privateKey, publicKey);
        } catch (GeneralSecurityException unusable) {
            // e.g. a public exponent the JDK refuses for this modulus size
            throw incorrect("the " + spec + " private key is not usable (" + unusable.getClass().getSimpleName() + ")");
        }
    }

    private static BigInteger[] fields(KeySpec spec, PrivateKeyInfo info) {
        ASN1Sequence sequence;
        try {
            sequence = ASN1Sequence.getInstance(info.parsePrivateKey());
        } catch (IOException | RuntimeException e) {
            throw malformed(spec);
        }
        if (sequence.size() < 1 || !(sequence.getObjectAt(0) instanceof ASN1Integer version)) {
            throw malformed(spec);
        }
        if (!version.hasValue(0) || sequence.size() > TWO_PRIME_FIELDS) {
            throw incorrect("multi-prime RSA keys are not supported; the " + spec + " key must have exactly two primes");
        }
        if (sequence.size() != TWO_PRIME_FIELDS) {
            throw malformed(spec);
        }
        BigInteger[] fields = new BigInteger[TWO_PRIME_FIELDS];
        for (int i = 0; i < TWO_PRIME_FIELDS; i++) {
            if (!(sequence.getObjectAt(i) instanceof ASN1Integer field)) {
                throw malformed(spec);
            }
            fields[i] = field.getValue();
            if (i > 0 && fields[i].signum() <= 0) {
                throw malformed(spec);
            }
        }
        return fields;
    }

    private static void requireConsistent(KeySpec spec, BigInteger n, BigInteger e, BigInteger d, BigInteger p,
                                          BigInteger q, BigInteger dP, BigInteger dQ, BigInteger qInv) {
        BigInteger one = BigInteger.ONE;
        BigInteger pMinus1 = p.subtract(one);
        BigInteger qMinus1 = q.subtract(one);
        boolean consistent = p.multiply(q).equals(n)
                && e.testBit(0) && e.compareTo(BigInteger.valueOf(3)) >= 0
                && p.compareTo(one) > 0 && q.compareTo(one) > 0
                && d.multiply(e).mod(lcm(pMinus1, qMinus1)).equals(one)
                && d.mod(pMinus1).equals(dP) && d.mod(qMinus1).equals(dQ)
                && qInv.compareTo(p) < 0 && qInv.multiply(q).mod(p).equals(one)
                && p.isProbablePrime(PRIME_CERTAINTY) && q.isProbablePrime(PRIME_CERTAINTY);
        if (!consistent) {
            throw incorrect("the components of the " + spec + " private key are inconsistent (modulus, primes, "
                    + "exponents and CRT coefficient must agree)");
        }
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    private static RuntimeException malformed(KeySpec spec) {
        return incorrect(spec + " key material must hold a PKCS#1 RSAPrivateKey inside its PKCS#8 wrapper");
    }
}
