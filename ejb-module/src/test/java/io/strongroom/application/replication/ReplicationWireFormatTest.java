package io.strongroom.application.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.domain.replication.MessageType;
import io.strongroom.infrastructure.crypto.SealedMaterials;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A second implementation of the destination's side, written from docs/replication-protocol.md
 * alone with the JDK's own EC, ECDH, ECDSA and AES-GCM and BouncyCastle's HKDF: it builds the
 * request payload by hand, reads the source's answer byte by byte, checks the signature, derives
 * the keys and opens the material. If the code and the document ever disagree, this fails.
 */
class ReplicationWireFormatTest {

    private TestRegion a;
    private TestRegion b;
    private String keyId;
    private KeyPair rakB;
    private byte[] sessionId;

    @BeforeEach
    void setUp() throws Exception {
        a = new TestRegion("us-east-1");
        b = new TestRegion("eu-west-1");
        TestRegion.trustEachOther(a, b);
        keyId = a.symmetricKey(2);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", "SunEC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        rakB = generator.generateKeyPair();
        sessionId = b.boundary.newSessionId();
    }

    @Test
    void aMaterialResponseReadsAsDocumented() throws Exception {
        byte[] rakBPublic = rakB.getPublic().getEncoded();
        byte[] requestPayload = ByteBuffer.allocate(2 + rakBPublic.length + 1)
                .putShort((short) rakBPublic.length).put(rakBPublic).put((byte) 0).array();
        byte[] request = b.outbound.compose(MessageType.REPLICATION_REQUEST, "us-east-1", keyId, sessionId,
                header -> requestPayload).encode();

        Reader in = new Reader(a.answer(request));
        int headerEnd = readHeader(in, 2, 2);
        byte[] payload = in.bytes(in.u32());
        int signedEnd = in.position;
        byte[] signature = in.bytes(in.u16());
        assertEquals(in.data.length, in.position, "nothing follows the signature");
        assertTrue(verifies(in.data, signedEnd, signature));

        Reader body = new Reader(payload);
        byte[] rakA = body.bytes(body.u16());
        assertEquals("SYMMETRIC_DEFAULT", body.ascii8());
        assertEquals("ENCRYPT_DECRYPT", body.ascii8());
        assertEquals("AWS_KMS", body.ascii8());
        assertEquals(365, body.u32());
        assertEquals(2, body.u32());
        int count = body.u16();
        assertEquals(2, count);
        byte[] rwk = sessionKey("strongroom/mrk-replication/v1", rakA);
        for (int i = 0; i < count; i++) {
            int version = body.u32();
            assertEquals(0, body.u16(), "a symmetric key has no public key");
            byte[] iv = body.bytes(12);
            byte[] ciphertext = body.bytes(body.u32());
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding", "SunJCE");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(rwk, "AES"), new GCMParameterSpec(128, iv));
            gcm.updateAAD(Arrays.copyOf(in.data, headerEnd));
            gcm.updateAAD(ByteBuffer.allocate(4).putInt(version).array());
            assertArrayEquals(materialInA(version), gcm.doFinal(ciphertext));
        }
        assertEquals(payload.length, body.position);
    }

    @Test
    void aFingerprintResponseReadsAsDocumented() throws Exception {
        byte[] rakBPublic = rakB.getPublic().getEncoded();
        byte[] requestPayload = ByteBuffer.allocate(2 + rakBPublic.length + 4)
                .putShort((short) rakBPublic.length).put(rakBPublic).putInt(2).array();
        byte[] request = b.outbound.compose(MessageType.FINGERPRINT_REQUEST, "us-east-1", keyId, sessionId,
                header -> requestPayload).encode();

        Reader in = new Reader(a.answer(request));
        readHeader(in, 4, 2);
        Reader body = new Reader(in.bytes(in.u32()));
        int signedEnd = in.position;
        assertTrue(verifies(in.data, signedEnd, in.bytes(in.u16())));
        byte[] rakA = body.bytes(body.u16());
        assertEquals(2, body.u32());
        byte[] fingerprint = body.bytes(32);
        assertEquals(body.data.length, body.position);

        Mac hmac = Mac.getInstance("HmacSHA256", "SunJCE");
        hmac.init(new SecretKeySpec(sessionKey("strongroom/mrk-fingerprint/v1", rakA), "HmacSHA256"));
        hmac.update(ByteBuffer.allocate(4).putInt(2).array());
        byte[] material = materialInA(2);
        assertArrayEquals(hmac.doFinal(material), fingerprint);
        assertFalse(RelayTampering.contains(in.data, material));
    }

    /** Reads the header as documented and returns where it ends. */
    private int readHeader(Reader in, int type, int sequence) throws Exception {
        assertEquals("SRRP", new String(in.bytes(4), StandardCharsets.US_ASCII));
        assertEquals(1, in.u8(), "protocol version");
        assertEquals(type, in.u8());
        assertEquals("us-east-1", in.ascii8());
        assertEquals("eu-west-1", in.ascii8());
        assertEquals(keyId, in.ascii8());
        assertArrayEquals(sessionId, in.bytes(16));
        assertEquals(a.clock.instant().toEpochMilli(), in.i64());
        assertEquals(sequence, in.u32());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(rskOfA()), in.bytes(32));
        return in.position;
    }

    private boolean verifies(byte[] message, int signedEnd, byte[] signature) throws Exception {
        PublicKey rsk = KeyFactory.getInstance("EC", "SunEC").generatePublic(new X509EncodedKeySpec(rskOfA()));
        Signature verifier = Signature.getInstance("SHA384withECDSA", "SunEC");
        verifier.initVerify(rsk);
        verifier.update(message, 0, signedEnd);
        return verifier.verify(signature);
    }

    /** HKDF-SHA-384(ECDH secret, salt = session id, info = the documented fields) → 32 bytes. */
    private byte[] sessionKey(String label, byte[] rakA) throws Exception {
        PublicKey sourceKey = KeyFactory.getInstance("EC", "SunEC").generatePublic(new X509EncodedKeySpec(rakA));
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH", "SunEC");
        ecdh.init(rakB.getPrivate());
        ecdh.doPhase(sourceKey, true);
        byte[] secret = ecdh.generateSecret();
        ByteBuffer info = ByteBuffer.allocate(1024);
        for (byte[] field : List.of(ascii(label), ascii("us-east-1"), ascii("eu-west-1"), ascii(keyId), sessionId, rakA,
                rakB.getPublic().getEncoded())) {
            info.putShort((short) field.length).put(field);
        }
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA384Digest());
        hkdf.init(new HKDFParameters(secret, sessionId, Arrays.copyOf(info.array(), info.position())));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, 32);
        return key;
    }

    private byte[] rskOfA() {
        String pem = a.custody.published().get(0).pem();
        return Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
    }

    private byte[] materialInA(int version) {
        return SealedMaterials.unseal(a.crypto, keyId, version, a.version(keyId, version).sealedMaterial());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Big-endian reads over a byte array, by hand. */
    private static final class Reader {
        final byte[] data;
        int position;

        Reader(byte[] data) {
            this.data = data;
        }

        byte[] bytes(long length) {
            byte[] out = Arrays.copyOfRange(data, position, position + (int) length);
            position += (int) length;
            return out;
        }

        int u8() {
            return data[position++] & 0xFF;
        }

        int u16() {
            return (u8() << 8) | u8();
        }

        int u32() {
            return (u16() << 16) | u16();
        }

        long i64() {
            return ((long) u32() << 32) | (u32() & 0xFFFF_FFFFL);
        }

        String ascii8() {
            return new String(bytes(u8()), StandardCharsets.US_ASCII);
        }
    }
}
