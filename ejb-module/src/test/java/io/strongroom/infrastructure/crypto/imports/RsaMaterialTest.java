package io.strongroom.infrastructure.crypto.imports;

import static io.strongroom.infrastructure.crypto.imports.ImportedMaterialValidatorTest.assertIncorrect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.strongroom.domain.KeySpec;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BEROctetString;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Imported RSA private keys: accepted forms, the normalised encoding, and each refusal. */
class RsaMaterialTest {

    private static final WrappingAlgorithm KEY_WRAP = WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256;

    @TempDir
    Path work;

    /** The JDK's encoding is what KeyMaterialGenerator stores, so imported keys must come out the same. */
    @ParameterizedTest
    @ValueSource(ints = {2048, 3072, 4096})
    void aJdkGeneratedKeyComesOutInTheEncodingOfGeneratedMaterial(int bits) {
        KeyPair pair = TestKeys.rsa(bits);

        ImportedMaterial imported = ImportedMaterialValidator.validate(KeySpec.valueOf("RSA_" + bits), KEY_WRAP,
                pair.getPrivate().getEncoded());

        assertArrayEquals(pair.getPrivate().getEncoded(), imported.material());
        assertArrayEquals(pair.getPublic().getEncoded(), imported.publicKey());
    }

    @Test
    void anOpensslKeyIsAcceptedAndItsPublicKeyDerived() throws Exception {
        assumeTrue(Openssl.available(), "openssl is not installed");
        Openssl openssl = new Openssl(work);
        byte[] material = openssl.rsaPrivateKey(2048, 2);

        ImportedMaterial imported = ImportedMaterialValidator.validate(KeySpec.RSA_2048,
                WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, material);

        assertArrayEquals(openssl.publicKeyOf(material), imported.publicKey());
        assertSignsForItsPublicKey(imported);
    }

    @Test
    void aBerEncodedKeyIsAcceptedAndNormalisedToDer() {
        KeyPair pair = TestKeys.rsa(2048);
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
        byte[] ber = ber(info);
        assertNotEquals(pair.getPrivate().getEncoded().length, ber.length);

        ImportedMaterial imported = ImportedMaterialValidator.validate(KeySpec.RSA_2048, KEY_WRAP, ber);

        assertArrayEquals(pair.getPrivate().getEncoded(), imported.material());
    }

    @Test
    void aModulusOfAnotherSizeIsRefusedNamingBothSizes() {
        byte[] rsa2048 = TestKeys.rsa(2048).getPrivate().getEncoded();
        byte[] rsa3072 = TestKeys.rsa(3072).getPrivate().getEncoded();

        String message = assertIncorrect(KeySpec.RSA_3072, KEY_WRAP, rsa2048);
        assertIncorrect(KeySpec.RSA_4096, KEY_WRAP, rsa3072);
        assertIncorrect(KeySpec.RSA_2048, KEY_WRAP, rsa3072);

        assertTrue(message.contains("2048") && message.contains("3072") && message.contains("modulus"), message);
    }

    @Test
    void aMultiPrimeKeyMadeByOpensslIsRefused() {
        assumeTrue(Openssl.available(), "openssl is not installed");

        String message = assertIncorrect(KeySpec.RSA_2048, KEY_WRAP, new Openssl(work).rsaPrivateKey(2048, 3));

        assertTrue(message.contains("multi-prime") && message.contains("two primes"), message);
    }

    @Test
    void aKeyWithOtherPrimeInfosIsRefused() {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) TestKeys.rsa(2048).getPrivate();
        ASN1EncodableVector fields = crtFields(key, 1);
        ASN1EncodableVector otherPrime = new ASN1EncodableVector();
        otherPrime.add(new ASN1Integer(BigInteger.valueOf(7)));
        otherPrime.add(new ASN1Integer(BigInteger.valueOf(5)));
        otherPrime.add(new ASN1Integer(BigInteger.valueOf(3)));
        fields.add(new DERSequence(new DERSequence(otherPrime)));

        String message = assertIncorrect(KeySpec.RSA_2048, KEY_WRAP, pkcs8(new DERSequence(fields)));

        assertTrue(message.contains("two primes"), message);
    }

    @Test
    void inconsistentComponentsAreRefused() {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) TestKeys.rsa(2048).getPrivate();
        BigInteger[] values = values(key, 0);
        values[3] = key.getPrivateExponent().add(BigInteger.TWO);
        ASN1EncodableVector wrongD = vector(values);
        values = values(key, 0);
        values[8] = key.getCrtCoefficient().add(BigInteger.ONE);
        ASN1EncodableVector wrongCoefficient = vector(values);
        ASN1EncodableVector missingField = vector(java.util.Arrays.copyOf(values(key, 0), 8));

        assertTrue(assertIncorrect(KeySpec.RSA_2048, KEY_WRAP, pkcs8(new DERSequence(wrongD))).contains("inconsistent"));
        assertTrue(assertIncorrect(KeySpec.RSA_2048, KEY_WRAP, pkcs8(new DERSequence(wrongCoefficient)))
                .contains("inconsistent"));
        assertTrue(assertIncorrect(KeySpec.RSA_2048, KEY_WRAP, pkcs8(new DERSequence(missingField)))
                .contains("RSAPrivateKey"));
    }

    static void assertSignsForItsPublicKey(ImportedMaterial imported) throws Exception {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(rsa.generatePrivate(new PKCS8EncodedKeySpec(imported.material())));
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(rsa.generatePublic(new X509EncodedKeySpec(imported.publicKey())));
        verifier.update(new byte[] {1, 2, 3});
        assertTrue(verifier.verify(signature));
    }

    private static ASN1EncodableVector crtFields(RSAPrivateCrtKey key, int version) {
        return vector(values(key, version));
    }

    private static BigInteger[] values(RSAPrivateCrtKey key, int version) {
        return new BigInteger[] {BigInteger.valueOf(version), key.getModulus(), key.getPublicExponent(),
                key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(),
                key.getPrimeExponentQ(), key.getCrtCoefficient()};
    }

    private static ASN1EncodableVector vector(BigInteger[] values) {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        for (BigInteger value : values) {
            fields.add(new ASN1Integer(value));
        }
        return fields;
    }

    private static byte[] pkcs8(ASN1Sequence rsaPrivateKey) {
        try {
            return new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    rsaPrivateKey).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same PrivateKeyInfo with indefinite lengths and a constructed OCTET STRING. */
    static byte[] ber(PrivateKeyInfo info) {
        try {
            byte[] inner = info.getPrivateKey().getOctets();
            byte[] first = java.util.Arrays.copyOf(inner, inner.length / 2);
            byte[] second = java.util.Arrays.copyOfRange(inner, inner.length / 2, inner.length);
            ASN1EncodableVector fields = new ASN1EncodableVector();
            fields.add(new ASN1Integer(0));
            fields.add(info.getPrivateKeyAlgorithm());
            fields.add(new BEROctetString(new org.bouncycastle.asn1.ASN1OctetString[] {
                    new org.bouncycastle.asn1.DEROctetString(first), new org.bouncycastle.asn1.DEROctetString(second)}));
            return new BERSequence(fields).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
