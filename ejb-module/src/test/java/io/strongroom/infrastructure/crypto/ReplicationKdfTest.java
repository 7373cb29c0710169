package io.strongroom.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.domain.replication.ReplicationError;
import io.strongroom.domain.replication.ReplicationRefusedException;
import io.strongroom.domain.replication.SessionBinding;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.junit.jupiter.api.Test;

/** The replication KDF against BouncyCastle's HKDF and the documented info layout. */
class ReplicationKdfTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_ID = "mrk-0123456789abcdef0123456789abcdef";

    private final byte[] secret = random(48);
    private final byte[] sessionId = random(16);
    private final byte[] rakA = random(120);
    private final byte[] rakB = random(120);
    private final SessionBinding binding = new SessionBinding("us-east-1", "eu-west-1", KEY_ID, sessionId);

    @Test
    void hkdfSha384MatchesBouncyCastle() {
        for (int length : List.of(1, 32, 48, 49, 100, 255 * 48)) {
            byte[] ikm = random(48);
            byte[] salt = random(16);
            byte[] info = random(300);
            assertArrayEquals(bouncyCastle(ikm, salt, info, length), ReplicationKdf.hkdfSha384(ikm, salt, info, length),
                    "length " + length);
        }
        assertThrows(IllegalArgumentException.class, () -> ReplicationKdf.hkdfSha384(random(48), random(16), new byte[0], 255 * 48 + 1));
    }

    @Test
    void theRwkIsHkdfSha384OverTheDocumentedInfoString() {
        // Written out field by field as docs/replication-protocol.md gives it.
        ByteBuffer info = ByteBuffer.allocate(1024);
        for (byte[] field : List.of(ascii("strongroom/mrk-replication/v1"), ascii("us-east-1"), ascii("eu-west-1"),
                ascii(KEY_ID), sessionId, rakA, rakB)) {
            info.putShort((short) field.length).put(field);
        }
        byte[] expectedInfo = Arrays.copyOf(info.array(), info.position());

        assertArrayEquals(expectedInfo, ReplicationKdf.info(ReplicationKdf.WRAPPING_KEY_LABEL, binding, rakA, rakB));
        byte[] rwk = ReplicationKdf.derive(ReplicationKdf.WRAPPING_KEY_LABEL, secret, binding, rakA, rakB);
        assertEquals(32, rwk.length);
        assertArrayEquals(bouncyCastle(secret, sessionId, expectedInfo, 32), rwk);
    }

    @Test
    void everyBoundFieldChangesTheKey() {
        byte[] rwk = ReplicationKdf.derive(ReplicationKdf.WRAPPING_KEY_LABEL, secret, binding, rakA, rakB);
        List<byte[]> variants = List.of(
                ReplicationKdf.derive(ReplicationKdf.FINGERPRINT_KEY_LABEL, secret, binding, rakA, rakB),
                ReplicationKdf.derive(ReplicationKdf.WRAPPING_KEY_LABEL, random(48), binding, rakA, rakB),
                ReplicationKdf.derive(ReplicationKdf.WRAPPING_KEY_LABEL, secret,
                        new SessionBinding("eu-west-1", "us-east-1", KEY_ID, sessionId), rakA, rakB),
                ReplicationKdf.derive(ReplicationKdf.WRAPPING_KEY_LABEL, secret,
                        new SessionBinding("us-east-1", "eu-west-1", "mrk-1123456789abcdef0123456789abcdef", sessionId), rakA, rakB),
                ReplicationKdf.derive(ReplicationKdf.WRAPPING_KEY_LABEL, secret,
                        new SessionBinding("us-east-1", "eu-west-1", KEY_ID, random(16)), rakA, rakB),
                ReplicationKdf.derive(ReplicationKdf.WRAPPING_KEY_LABEL, secret, binding, rakB, rakA));
        for (byte[] variant : variants) {
            assertFalse(Arrays.equals(rwk, variant));
        }
    }

    @Test
    void agreementKeysOffTheCurveOrOnAnotherCurveAreRefused() throws Exception {
        CryptoBoundary crypto = new CryptoBoundary();
        crypto.installRootKey(random(32));
        ReplicationBoundary boundary = new ReplicationBoundary(crypto);
        byte[] genuine = boundary.newAgreementKey(sessionId).publicKey();
        byte[] offCurve = genuine.clone();
        offCurve[offCurve.length - 1] ^= 1;
        KeyPairGenerator p256 = KeyPairGenerator.getInstance("EC");
        p256.initialize(new ECGenParameterSpec("secp256r1"));
        byte[] otherCurve = p256.generateKeyPair().getPublic().getEncoded();

        for (byte[] bad : List.of(offCurve, otherCurve, new byte[0], HexFormat.of().parseHex("3000"))) {
            ReplicationRefusedException refused = assertThrows(ReplicationRefusedException.class,
                    () -> boundary.fingerprint(binding, bad, new ReplicationBoundary.SealedVersion(1,
                            crypto.generateSymmetricMaterial(KEY_ID, 1), null)));
            assertEquals(ReplicationError.INVALID_AGREEMENT_KEY, refused.reason());
        }
    }

    private static byte[] bouncyCastle(byte[] ikm, byte[] salt, byte[] info, int length) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA384Digest());
        generator.init(new HKDFParameters(ikm, salt, info));
        byte[] out = new byte[length];
        generator.generateBytes(out, 0, length);
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
