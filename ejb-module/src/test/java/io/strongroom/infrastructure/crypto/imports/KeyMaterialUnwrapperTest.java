package io.strongroom.infrastructure.crypto.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC3394WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Unwrapping exactly as AWS's documented client side wraps, and every way a blob can be wrong. */
class KeyMaterialUnwrapperTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<WrappingAlgorithm> OFFERED = Arrays.stream(WrappingAlgorithm.values())
            .filter(WrappingAlgorithm::isOffered).toList();

    @TempDir
    Path work;

    static Stream<Arguments> everyAlgorithmAndSpec() {
        return OFFERED.stream().flatMap(algorithm -> Stream.of(WrappingKeySpec.RSA_2048, WrappingKeySpec.RSA_3072,
                WrappingKeySpec.RSA_4096).map(spec -> Arguments.of(algorithm, spec)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyAlgorithmAndSpec")
    void unwrapsWhatTheDocumentedClientWraps(WrappingAlgorithm algorithm, WrappingKeySpec spec) {
        KeyPair wrapping = TestKeys.rsa(spec);
        byte[] material = random(32);

        byte[] blob = AwsWrapping.wrap(algorithm, wrapping.getPublic(), material);

        assertEquals(algorithm.isKeyWrap() ? spec.modulusBytes() + 40 : spec.modulusBytes(), blob.length);
        assertArrayEquals(material, unwrap(algorithm, wrapping, blob));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyAlgorithmAndSpec")
    void unwrapsWhatTheOpensslCommandsOfTheAwsDocsWrap(WrappingAlgorithm algorithm, WrappingKeySpec spec) {
        assumeTrue(Openssl.available(), "openssl is not installed");
        KeyPair wrapping = TestKeys.rsa(spec);
        byte[] material = random(32);

        byte[] blob = new Openssl(work).wrap(algorithm, wrapping.getPublic().getEncoded(), material);

        assertArrayEquals(material, unwrap(algorithm, wrapping, blob));
    }

    @ParameterizedTest
    @EnumSource(value = WrappingAlgorithm.class, names = {"RSA_AES_KEY_WRAP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256"})
    void keyWrapCarriesMaterialLargerThanOaepCanAndOfAnyLength(WrappingAlgorithm algorithm) {
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        byte[] rsaMaterial = TestKeys.rsa(WrappingKeySpec.RSA_3072).getPrivate().getEncoded();
        byte[] oddLength = random(61);

        assertArrayEquals(rsaMaterial, unwrap(algorithm, wrapping, AwsWrapping.wrap(algorithm, wrapping.getPublic(),
                rsaMaterial)));
        assertArrayEquals(oddLength, unwrap(algorithm, wrapping, AwsWrapping.wrap(algorithm, wrapping.getPublic(),
                oddLength)));
    }

    @Test
    void opensslWrapsPkcs8MaterialWithKeyWrap() {
        assumeTrue(Openssl.available(), "openssl is not installed");
        Openssl openssl = new Openssl(work);
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        byte[] material = openssl.ecPrivateKey("P-521", "named_curve");

        byte[] blob = openssl.wrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping.getPublic().getEncoded(),
                material);

        assertArrayEquals(material, unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping, blob));
    }

    /** SunJCE's "OAEPWithSHA-256AndMGF1Padding" default: OAEP hash SHA-256 but MGF1-SHA-1. */
    @Test
    void oaepSha256WithTheJdkDefaultMgf1Sha1IsRefused() {
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        OAEPParameterSpec jdkDefault = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA1,
                PSource.PSpecified.DEFAULT);
        byte[] material = random(32);
        byte[] aesKey = random(32);

        byte[] oaepBlob = AwsWrapping.oaep(wrapping.getPublic(), jdkDefault, material);
        byte[] keyWrapBlob = AwsWrapping.concat(AwsWrapping.oaep(wrapping.getPublic(), jdkDefault, aesKey),
                AwsWrapping.kwp(aesKey, material));

        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, wrapping, oaepBlob));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping, keyWrapBlob));
    }

    @Test
    void opensslOaepSha256WithMgf1Sha1IsRefused() {
        assumeTrue(Openssl.available(), "openssl is not installed");
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);

        byte[] blob = new Openssl(work).oaepSha256WithMgf1Sha1(wrapping.getPublic().getEncoded(), random(32));

        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, wrapping, blob));
    }

    @ParameterizedTest
    @EnumSource(value = WrappingAlgorithm.class, names = {"RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256",
            "RSA_AES_KEY_WRAP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256"})
    void everyFlippedBitIsRefused(WrappingAlgorithm algorithm) {
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        byte[] blob = AwsWrapping.wrap(algorithm, wrapping.getPublic(), random(32));
        // a byte of E, and for RSA_AES the AIV block, the material blocks and the last byte of W
        int[] positions = algorithm.isKeyWrap() ? new int[] {0, 100, 255, 256, 263, 270, blob.length - 1}
                : new int[] {0, 100, 255};
        for (int position : positions) {
            byte[] tampered = blob.clone();
            tampered[position] ^= 0x01;
            assertInvalidCiphertext(() -> unwrap(algorithm, wrapping, tampered));
        }
    }

    @Test
    void theWrongAlgorithmTheWrongKeyOrTheWrongLengthIsRefused() {
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        KeyPair other = TestKeys.rsa(WrappingKeySpec.RSA_3072);
        byte[] sha1 = AwsWrapping.wrap(WrappingAlgorithm.RSAES_OAEP_SHA_1, wrapping.getPublic(), random(32));
        byte[] keyWrap = AwsWrapping.wrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping.getPublic(), random(32));

        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, wrapping, sha1));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, wrapping, sha1));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, wrapping, keyWrap));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, wrapping, keyWrap));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, other, keyWrap));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_1, wrapping, Arrays.copyOf(sha1, 255)));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_1, wrapping, new byte[0]));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping,
                Arrays.copyOf(keyWrap, keyWrap.length - 8)));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping,
                Arrays.copyOf(keyWrap, keyWrap.length - 1)));
        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping,
                Arrays.copyOf(keyWrap, 256)));
    }

    @Test
    void anEphemeralKeyThatIsNotAes256IsRefused() {
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        byte[] aes128 = random(16);
        byte[] blob = AwsWrapping.concat(AwsWrapping.oaep(wrapping.getPublic(), true, aes128),
                AwsWrapping.kwp(aes128, random(32)));

        assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping, blob));
    }

    /** RFC 5649 integrity: the first half of the IV must be A65959A6 and the MLI must fit the padded length. */
    @Test
    void theAlternativeIvAndTheMessageLengthIndicatorAreChecked() {
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        byte[] aesKey = random(32);
        byte[] material = random(31);
        byte[] padded = Arrays.copyOf(material, 32);

        byte[] correct = rawKeyWrap(aesKey, 0xA65959A6, 31, padded);
        byte[] wrongAiv = rawKeyWrap(aesKey, 0xA65959A7, 31, padded);
        byte[] mliTooLong = rawKeyWrap(aesKey, 0xA65959A6, 40, padded);
        byte[] mliTooShort = rawKeyWrap(aesKey, 0xA65959A6, 24, padded);
        byte[] nonZeroPadding = rawKeyWrap(aesKey, 0xA65959A6, 30, padded.clone());
        byte[] rfc3394 = rawKeyWrap(aesKey, 0xA6A6A6A6, 0xA6A6A6A6, padded);

        byte[] e = AwsWrapping.oaep(wrapping.getPublic(), true, aesKey);
        assertArrayEquals(material, unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping,
                AwsWrapping.concat(e, correct)));
        for (byte[] w : List.of(wrongAiv, mliTooLong, mliTooShort, rfc3394)) {
            assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping,
                    AwsWrapping.concat(e, w)));
        }
        if (material[30] != 0) {
            assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping,
                    AwsWrapping.concat(e, nonZeroPadding)));
        }
    }

    @Test
    void theMessageRevealsNothingAboutTheStepThatFailed() {
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        byte[] blob = AwsWrapping.wrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping.getPublic(), random(32));
        byte[] badRsa = blob.clone();
        badRsa[3] ^= 1;
        byte[] badAes = blob.clone();
        badAes[blob.length - 3] ^= 1;

        String rsaMessage = assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping,
                badRsa));
        String aesMessage = assertInvalidCiphertext(() -> unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, wrapping,
                badAes));

        assertEquals(rsaMessage, aesMessage);
        assertFalse(rsaMessage.toLowerCase().contains("padding"), rsaMessage);
    }

    @Test
    void theWrappingKeyMayBeGivenAsStoredPkcs8() {
        KeyPair wrapping = TestKeys.rsa(WrappingKeySpec.RSA_2048);
        byte[] material = random(32);
        byte[] blob = AwsWrapping.wrap(WrappingAlgorithm.RSAES_OAEP_SHA_1, wrapping.getPublic(), material);

        assertArrayEquals(material, KeyMaterialUnwrapper.unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_1,
                wrapping.getPrivate().getEncoded(), blob));
        KmsException corrupt = assertThrows(KmsException.class, () -> KeyMaterialUnwrapper.unwrap(
                WrappingAlgorithm.RSAES_OAEP_SHA_1, random(40), blob));
        assertEquals(KmsError.KMSInternalException, corrupt.error());
    }

    /** W built by hand: RFC 3394 under an arbitrary 8-byte IV, i.e. RFC 5649 with a chosen AIV and MLI. */
    private static byte[] rawKeyWrap(byte[] aesKey, int aiv, int mli, byte[] padded) {
        byte[] iv = ByteBuffer.allocate(8).putInt(aiv).putInt(mli).array();
        RFC3394WrapEngine engine = new RFC3394WrapEngine(AESEngine.newInstance());
        engine.init(true, new ParametersWithIV(new KeyParameter(aesKey), iv));
        return engine.wrap(padded, 0, padded.length);
    }

    private static byte[] unwrap(WrappingAlgorithm algorithm, KeyPair wrapping, byte[] blob) {
        return KeyMaterialUnwrapper.unwrap(algorithm, (RSAPrivateKey) wrapping.getPrivate(), blob);
    }

    private static String assertInvalidCiphertext(org.junit.jupiter.api.function.Executable call) {
        KmsException e = assertThrows(KmsException.class, call);
        assertEquals(KmsError.InvalidCiphertextException, e.error());
        return e.getMessage();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
