package io.strongroom.infrastructure.crypto.imports;

import static io.strongroom.infrastructure.crypto.imports.ImportedMaterialValidatorTest.assertIncorrect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.strongroom.domain.KeySpec;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Imported EC private keys: every curve, every public point form, the normalised encoding, each refusal. */
class EcMaterialTest {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final WrappingAlgorithm OAEP = WrappingAlgorithm.RSAES_OAEP_SHA_256;
    private static final Map<KeySpec, String> CURVES = Map.of(KeySpec.ECC_NIST_P256, "secp256r1",
            KeySpec.ECC_NIST_P384, "secp384r1", KeySpec.ECC_NIST_P521, "secp521r1", KeySpec.ECC_SECG_P256K1, "secp256k1");
    private static final Map<KeySpec, String> OPENSSL_CURVES = Map.of(KeySpec.ECC_NIST_P256, "P-256",
            KeySpec.ECC_NIST_P384, "P-384", KeySpec.ECC_NIST_P521, "P-521", KeySpec.ECC_SECG_P256K1, "secp256k1");

    @TempDir
    Path work;

    /** Generated the way KeyPairs generates key material, so imported keys must encode identically. */
    static KeyPair generated(KeySpec spec) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE);
            generator.initialize(new ECGenParameterSpec(CURVES.get(spec)));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1"})
    void aGeneratedKeyComesOutInTheEncodingOfGeneratedMaterial(KeySpec spec) {
        KeyPair pair = generated(spec);

        for (WrappingAlgorithm algorithm : new WrappingAlgorithm[] {WrappingAlgorithm.RSAES_OAEP_SHA_1, OAEP,
                WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256}) {
            ImportedMaterial imported = ImportedMaterialValidator.validate(spec, algorithm, pair.getPrivate().getEncoded());
            assertArrayEquals(pair.getPrivate().getEncoded(), imported.material());
            assertArrayEquals(pair.getPublic().getEncoded(), imported.publicKey());
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1"})
    void anOpensslKeyIsAcceptedAndSignsForTheOpensslPublicKey(KeySpec spec) throws Exception {
        assumeTrue(Openssl.available(), "openssl is not installed");
        Openssl openssl = new Openssl(work);
        byte[] material = openssl.ecPrivateKey(OPENSSL_CURVES.get(spec), "named_curve");

        ImportedMaterial imported = ImportedMaterialValidator.validate(spec, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256,
                material);

        assertArrayEquals(openssl.publicKeyOf(material), imported.publicKey());
        KeyFactory ec = KeyFactory.getInstance("EC", BOUNCY_CASTLE);
        Signature signer = Signature.getInstance("SHA256withECDSA", BOUNCY_CASTLE);
        signer.initSign(ec.generatePrivate(new PKCS8EncodedKeySpec(imported.material())));
        signer.update(new byte[] {4, 2});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA", BOUNCY_CASTLE);
        verifier.initVerify(ec.generatePublic(new X509EncodedKeySpec(openssl.publicKeyOf(material))));
        verifier.update(new byte[] {4, 2});
        assertTrue(verifier.verify(signature));
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"ECC_NIST_P256", "ECC_NIST_P521", "ECC_SECG_P256K1"})
    void thePublicPointMayBeCompressedUncompressedHybridOrAbsent(KeySpec spec) {
        KeyPair pair = generated(spec);
        Parts parts = Parts.of(pair);
        ECPoint q = parts.point();
        byte[] hybrid = q.getEncoded(false);
        hybrid[0] = (byte) (q.getAffineYCoord().testBitZero() ? 0x07 : 0x06);

        for (byte[] point : new byte[][] {q.getEncoded(true), q.getEncoded(false), hybrid, null}) {
            byte[] material = parts.encode(point == null ? null : new DERBitString(point), parts.named(), parts.named());
            ImportedMaterial imported = ImportedMaterialValidator.validate(spec, OAEP, material);
            assertArrayEquals(pair.getPrivate().getEncoded(), imported.material());
            assertArrayEquals(pair.getPublic().getEncoded(), imported.publicKey());
        }
    }

    @Test
    void theCurveMayBeNamedInEitherPlaceButMustBeNamed() {
        KeyPair pair = generated(KeySpec.ECC_NIST_P384);
        Parts parts = Parts.of(pair);

        assertArrayEquals(pair.getPrivate().getEncoded(), ImportedMaterialValidator.validate(KeySpec.ECC_NIST_P384,
                OAEP, parts.encode(parts.publicKey(), null, parts.named())).material());
        assertArrayEquals(pair.getPrivate().getEncoded(), ImportedMaterialValidator.validate(KeySpec.ECC_NIST_P384,
                OAEP, parts.encode(parts.publicKey(), parts.named(), null)).material());
        assertTrue(assertIncorrect(KeySpec.ECC_NIST_P384, OAEP, parts.encode(parts.publicKey(), null, null))
                .contains("curve"));
        assertTrue(assertIncorrect(KeySpec.ECC_NIST_P384, OAEP, parts.encode(parts.publicKey(),
                new X962Parameters(DERNull.INSTANCE), null)).contains("must name its curve"));
        assertTrue(assertIncorrect(KeySpec.ECC_NIST_P384, OAEP, parts.encode(parts.publicKey(), parts.named(),
                new X962Parameters(SECObjectIdentifiers.secp521r1))).contains("two different curves"));
    }

    @Test
    void explicitCurveParametersAreRefused() {
        KeyPair pair = generated(KeySpec.ECC_NIST_P256);
        Parts parts = Parts.of(pair);
        X962Parameters explicit = new X962Parameters(ECNamedCurveTable.getByOID(SECObjectIdentifiers.secp256r1));

        String outer = assertIncorrect(KeySpec.ECC_NIST_P256, OAEP, parts.encode(parts.publicKey(), explicit, null));
        assertIncorrect(KeySpec.ECC_NIST_P256, OAEP, parts.encode(parts.publicKey(), parts.named(), explicit));

        assertTrue(outer.contains("explicit"), outer);
    }

    @Test
    void explicitCurveParametersMadeByOpensslAreRefused() {
        assumeTrue(Openssl.available(), "openssl is not installed");

        String message = assertIncorrect(KeySpec.ECC_NIST_P256, OAEP,
                new Openssl(work).ecPrivateKey("P-256", "explicit"));

        assertTrue(message.contains("explicit"), message);
    }

    @Test
    void aKeyOnAnotherCurveIsRefusedNamingBothCurves() {
        byte[] p384 = generated(KeySpec.ECC_NIST_P384).getPrivate().getEncoded();
        byte[] k1 = generated(KeySpec.ECC_SECG_P256K1).getPrivate().getEncoded();

        String message = assertIncorrect(KeySpec.ECC_NIST_P256, OAEP, p384);
        assertIncorrect(KeySpec.ECC_NIST_P256, OAEP, k1);
        assertIncorrect(KeySpec.ECC_SECG_P256K1, OAEP, generated(KeySpec.ECC_NIST_P256).getPrivate().getEncoded());

        assertTrue(message.contains("secp384r1") && message.contains("ECC_NIST_P256"), message);
    }

    @Test
    void aPublicPointOfAnotherKeyOrOffTheCurveIsRefused() {
        Parts parts = Parts.of(generated(KeySpec.ECC_NIST_P256));
        ASN1BitString otherKey = Parts.of(generated(KeySpec.ECC_NIST_P256)).publicKey();
        byte[] offCurve = parts.point().getEncoded(false);
        offCurve[offCurve.length - 1] ^= 1;

        String mismatch = assertIncorrect(KeySpec.ECC_NIST_P256, OAEP, parts.encode(otherKey, parts.named(), null));
        String invalid = assertIncorrect(KeySpec.ECC_NIST_P256, OAEP, parts.encode(new DERBitString(offCurve),
                parts.named(), null));
        assertIncorrect(KeySpec.ECC_NIST_P256, OAEP, parts.encode(new DERBitString(new byte[] {0}), parts.named(), null));

        assertTrue(mismatch.contains("does not match"), mismatch);
        assertTrue(invalid.contains("not a valid point"), invalid);
    }

    @Test
    void aScalarOutOfRangeIsRefused() {
        Parts parts = Parts.of(generated(KeySpec.ECC_NIST_P256));
        BigInteger order = ECNamedCurveTable.getByOID(SECObjectIdentifiers.secp256r1).getN();

        for (BigInteger scalar : new BigInteger[] {BigInteger.ZERO, order, order.add(BigInteger.ONE)}) {
            byte[] material = new Parts(SECObjectIdentifiers.secp256r1, scalar, null).encode(null, parts.named(), null);
            assertTrue(assertIncorrect(KeySpec.ECC_NIST_P256, OAEP, material).contains("out of range"));
        }
    }

    @Test
    void aBerEncodedKeyIsAccepted() {
        KeyPair pair = generated(KeySpec.ECC_NIST_P521);

        byte[] ber = RsaMaterialTest.ber(PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded()));

        assertArrayEquals(pair.getPrivate().getEncoded(), ImportedMaterialValidator.validate(KeySpec.ECC_NIST_P521,
                OAEP, ber).material());
    }

    /** A key's curve, scalar and public point, re-encoded in the variants the tests need. */
    private record Parts(ASN1ObjectIdentifier curve, BigInteger scalar, ECPoint point) {

        static Parts of(KeyPair pair) {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
            ASN1ObjectIdentifier curve = ASN1ObjectIdentifier.getInstance(
                    X962Parameters.getInstance(info.getPrivateKeyAlgorithm().getParameters()).getParameters());
            try {
                BigInteger scalar = ECPrivateKey.getInstance(info.parsePrivateKey()).getKey();
                X9ECParameters parameters = ECNamedCurveTable.getByOID(curve);
                return new Parts(curve, scalar, parameters.getG().multiply(scalar).normalize());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        X962Parameters named() {
            return new X962Parameters(curve);
        }

        ASN1BitString publicKey() {
            return new DERBitString(point.getEncoded(false));
        }

        byte[] encode(ASN1BitString publicKey, ASN1Encodable outerParameters, ASN1Encodable innerParameters) {
            int orderBits = ECNamedCurveTable.getByOID(curve).getN().bitLength();
            ECPrivateKey key = publicKey == null
                    ? new ECPrivateKey(orderBits, scalar, innerParameters)
                    : new ECPrivateKey(orderBits, scalar, publicKey, innerParameters);
            try {
                return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, outerParameters),
                        key).getEncoded();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
