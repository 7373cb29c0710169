package io.strongroom.infrastructure.crypto.imports;

import static io.strongroom.infrastructure.crypto.imports.ImportedMaterialValidator.incorrect;

import io.strongroom.domain.KeySpec;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Imported EC private keys: PKCS#8 id-ecPublicKey around an RFC 5915 ECPrivateKey on the key spec's
 * named curve (explicit and implicit parameters are refused), a scalar in [1, n-1], and an optional
 * public point (compressed, uncompressed or hybrid) that must equal the scalar times the generator.
 * The result is encoded as BouncyCastle encodes generated EC keys (named curve, uncompressed point),
 * so Sign, ECDH and GetPublicKey treat imported and generated keys alike. secp256k1 is done with
 * BouncyCastle's curve tables because the JDK 17 no longer has it.
 */
final class EcMaterial {

    private static final Map<KeySpec, ASN1ObjectIdentifier> CURVES = Map.of(
            KeySpec.ECC_NIST_P256, SECObjectIdentifiers.secp256r1,
            KeySpec.ECC_NIST_P384, SECObjectIdentifiers.secp384r1,
            KeySpec.ECC_NIST_P521, SECObjectIdentifiers.secp521r1,
            KeySpec.ECC_SECG_P256K1, SECObjectIdentifiers.secp256k1);

    private EcMaterial() {
    }

    static ImportedMaterial normalize(KeySpec spec, PrivateKeyInfo info) {
        AlgorithmIdentifier algorithm = info.getPrivateKeyAlgorithm();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm.getAlgorithm())) {
            throw incorrect(spec + " key material must be an EC (id-ecPublicKey) private key");
        }
        ECPrivateKey key = ecPrivateKey(spec, info);
        ASN1ObjectIdentifier curve = curve(spec, algorithm.getParameters(), key.getParametersObject());
        ASN1ObjectIdentifier expected = CURVES.get(spec);
        if (!expected.equals(curve)) {
            throw incorrect("the EC key is on curve " + curveName(curve) + ", but key spec " + spec + " needs "
                    + curveName(expected));
        }
        X9ECParameters parameters = ECNamedCurveTable.getByOID(curve);
        BigInteger order = parameters.getN();
        BigInteger scalar = key.getKey();
        int orderBytes = (order.bitLength() + 7) / 8;
        if (key.getPrivateKey().getOctets().length > orderBytes || scalar.signum() <= 0 || scalar.compareTo(order) >= 0) {
            throw incorrect("the EC private key is out of range for curve " + curveName(curve));
        }
        ECPoint derived = parameters.getG().multiply(scalar).normalize();
        ASN1BitString given = key.getPublicKey();
        if (given != null && !derived.equals(point(parameters, given))) {
            throw incorrect("the public key in the EC key material does not match its private key");
        }
        try {
            X962Parameters named = new X962Parameters(curve);
            AlgorithmIdentifier ecKey = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, named);
            byte[] uncompressed = derived.getEncoded(false);
            byte[] privateKey = new PrivateKeyInfo(ecKey, new ECPrivateKey(order.bitLength(), scalar,
                    new DERBitString(uncompressed), named)).getEncoded(ASN1Encoding.DER);
            byte[] publicKey = new SubjectPublicKeyInfo(ecKey, uncompressed).getEncoded(ASN1Encoding.DER);
            return new ImportedMaterial(privateKey, publicKey);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of a valid EC key failed", e);
        }
    }

    private static ECPrivateKey ecPrivateKey(KeySpec spec, PrivateKeyInfo info) {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(info.parsePrivateKey());
            if (sequence.size() < 2 || !(sequence.getObjectAt(0) instanceof ASN1Integer version) || !version.hasValue(1)) {
                throw new IllegalArgumentException("not an ECPrivateKey");
            }
            ECPrivateKey key = ECPrivateKey.getInstance(sequence);
            key.getKey();
            return key;
        } catch (IOException | RuntimeException e) {
            throw incorrect(spec + " key material must hold an RFC 5915 ECPrivateKey inside its PKCS#8 wrapper");
        }
    }

    /** The named curve of the PKCS#8 parameters or, if those are absent, of the ECPrivateKey's own. */
    private static ASN1ObjectIdentifier curve(KeySpec spec, ASN1Encodable outer, ASN1Encodable inner) {
        ASN1ObjectIdentifier outerCurve = outer == null ? null : namedCurve(spec, outer);
        ASN1ObjectIdentifier innerCurve = inner == null ? null : namedCurve(spec, inner);
        if (outerCurve == null && innerCurve == null) {
            throw incorrect("the EC key material does not name its curve");
        }
        if (outerCurve != null && innerCurve != null && !outerCurve.equals(innerCurve)) {
            throw incorrect("the EC key material names two different curves");
        }
        return outerCurve != null ? outerCurve : innerCurve;
    }

    private static ASN1ObjectIdentifier namedCurve(KeySpec spec, ASN1Encodable parameters) {
        X962Parameters x962;
        try {
            x962 = X962Parameters.getInstance(parameters);
        } catch (RuntimeException e) {
            throw incorrect("the EC key material has unreadable curve parameters");
        }
        if (!x962.isNamedCurve()) {
            throw incorrect("the EC key material must name its curve; explicit or implicit curve parameters "
                    + "are not accepted for " + spec);
        }
        ASN1ObjectIdentifier curve = ASN1ObjectIdentifier.getInstance(x962.getParameters());
        if (ECNamedCurveTable.getByOID(curve) == null) {
            throw incorrect("the EC key material is on an unknown curve " + curve.getId());
        }
        return curve;
    }

    private static ECPoint point(X9ECParameters parameters, ASN1BitString encoded) {
        try {
            if (encoded.getPadBits() != 0) {
                throw new IllegalArgumentException("pad bits");
            }
            ECPoint point = parameters.getCurve().decodePoint(encoded.getOctets());
            if (point.isInfinity() || !point.isValid()) {
                throw new IllegalArgumentException("invalid point");
            }
            return point.normalize();
        } catch (RuntimeException e) {
            throw incorrect("the public key in the EC key material is not a valid point on its curve");
        }
    }

    private static String curveName(ASN1ObjectIdentifier curve) {
        String name = ECNamedCurveTable.getName(curve);
        return name != null ? name : curve.getId();
    }
}
