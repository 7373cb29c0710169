package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CiphertextBlobTest {

    private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void roundTripsThroughBytes() {
        byte[] iv = new byte[12];
        Arrays.fill(iv, (byte) 7);
        byte[] sealed = new byte[40];
        Arrays.fill(sealed, (byte) 9);
        CiphertextBlob parsed = CiphertextBlob.parse(new CiphertextBlob(KEY_ID, 3, iv, sealed).toBytes());
        assertEquals(KEY_ID, parsed.keyId());
        assertEquals(3, parsed.materialVersion());
        assertArrayEquals(iv, parsed.iv());
        assertArrayEquals(sealed, parsed.sealed());
    }

    @Test
    void refusesGarbageTruncationAndUnknownVersions() {
        byte[] good = new CiphertextBlob(KEY_ID, 1, new byte[12], new byte[16]).toBytes();
        for (byte[] bad : new byte[][] {
                new byte[0], new byte[] {1}, Arrays.copyOf(good, good.length - 1), withFirstByte(good, (byte) 2),
                "not a ciphertext at all, just text".getBytes()}) {
            KmsException e = assertThrows(KmsException.class, () -> CiphertextBlob.parse(bad));
            assertEquals(KmsError.InvalidCiphertextException, e.error());
        }
    }

    @Test
    void refusesAKeyIdThatIsNotOne() {
        byte[] blob = new CiphertextBlob("not-a-key-id", 1, new byte[12], new byte[16]).toBytes();
        assertThrows(KmsException.class, () -> CiphertextBlob.parse(blob));
    }

    private static byte[] withFirstByte(byte[] blob, byte value) {
        byte[] copy = blob.clone();
        copy[0] = value;
        return copy;
    }
}
