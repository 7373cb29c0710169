package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExternalCiphertextBlobTest {

    private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void roundTripsWithEitherIvLengthAndAnyMetadataLength() {
        for (int ivLength : new int[] {12, 16}) {
            for (int metadataLength : new int[] {0, 1, 20}) {
                ExternalCiphertextBlob blob = new ExternalCiphertextBlob(KEY_ID, 7, filled(ivLength, 1), filled(16, 2),
                        filled(metadataLength, 3), filled(90, 4));
                ExternalCiphertextBlob parsed = ExternalCiphertextBlob.parse(blob.toBytes());
                assertEquals(KEY_ID, parsed.keyId());
                assertEquals(7, parsed.materialVersion());
                assertArrayEquals(blob.iv(), parsed.iv());
                assertArrayEquals(blob.tag(), parsed.tag());
                assertArrayEquals(blob.ciphertextMetadata(), parsed.ciphertextMetadata());
                assertArrayEquals(blob.externalCiphertext(), parsed.externalCiphertext());
                assertEquals(2 + 36 + 4 + 1 + ivLength + 16 + 1 + metadataLength + 90, blob.toBytes().length);
            }
        }
    }

    @Test
    void theHeaderIsFormatKeyIdAndMaterialVersionAndStartsTheBlob() {
        ExternalCiphertextBlob blob = sample();
        byte[] header = blob.header();
        assertEquals(ExternalCiphertextBlob.FORMAT_VERSION, header[0]);
        assertEquals(36, header[1]);
        assertEquals(2 + 36 + 4, header.length);
        assertArrayEquals(header, Arrays.copyOf(blob.toBytes(), header.length));
        assertFalse(Arrays.equals(header, ExternalCiphertextBlob.header(KEY_ID, 8)));
        assertFalse(Arrays.equals(header, CiphertextBlob.header(KEY_ID, 7)), "the formats never share a header");
    }

    @Test
    void eitherFormatParsesByItsFirstByte() {
        byte[] inner = new CiphertextBlob(KEY_ID, 3, new byte[12], new byte[20]).toBytes();
        assertInstanceOf(CiphertextBlob.class, SymmetricCiphertext.parse(inner));
        SymmetricCiphertext outer = SymmetricCiphertext.parse(sample().toBytes());
        assertInstanceOf(ExternalCiphertextBlob.class, outer);
        assertEquals(KEY_ID, outer.keyId());
        assertEquals(7, outer.materialVersion());
        for (byte[] bad : new byte[][] {null, new byte[0], {0}, {3, 1, 2}, "text".getBytes()}) {
            assertInvalid(() -> SymmetricCiphertext.parse(bad));
        }
    }

    @Test
    void refusesEveryTruncation() {
        byte[] good = sample().toBytes();
        for (int length = 0; length < 2 + 36 + 4 + 1 + 12 + 16 + 1 + 1; length++) {
            byte[] truncated = Arrays.copyOf(good, length);
            assertInvalid(() -> ExternalCiphertextBlob.parse(truncated));
        }
    }

    @Test
    void refusesLengthsTheXksApiDoesNotAllow() {
        byte[] good = sample().toBytes();
        int ivLengthAt = 2 + 36 + 4;
        for (int ivLength : new int[] {0, 11, 13, 15, 17, 255}) {
            byte[] bad = good.clone();
            bad[ivLengthAt] = (byte) ivLength;
            assertInvalid(() -> ExternalCiphertextBlob.parse(bad));
        }
        int metadataLengthAt = ivLengthAt + 1 + 12 + 16;
        byte[] longMetadata = good.clone();
        longMetadata[metadataLengthAt] = 21;
        assertInvalid(() -> ExternalCiphertextBlob.parse(longMetadata));
        assertThrows(IllegalArgumentException.class, () -> new ExternalCiphertextBlob(KEY_ID, 1, new byte[12],
                new byte[15], null, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> new ExternalCiphertextBlob(KEY_ID, 1, new byte[12],
                new byte[16], new byte[21], new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> new ExternalCiphertextBlob(KEY_ID, 1, new byte[12],
                new byte[16], null, new byte[0]));
    }

    @Test
    void refusesAForeignVersionAndAKeyIdThatIsNotOne() {
        byte[] good = sample().toBytes();
        byte[] version = good.clone();
        version[0] = 1;
        assertInvalid(() -> ExternalCiphertextBlob.parse(version));
        byte[] keyId = good.clone();
        keyId[2] = 'Z';
        assertInvalid(() -> ExternalCiphertextBlob.parse(keyId));
    }

    @Test
    void wrapsOnlyAnInnerBlobOfTheSameKeyAndMaterialVersion() {
        ExternalCiphertextBlob outer = sample();
        assertTrue(outer.wraps(new CiphertextBlob(KEY_ID, 7, new byte[12], new byte[16])));
        assertFalse(outer.wraps(new CiphertextBlob(KEY_ID, 6, new byte[12], new byte[16])));
        assertFalse(outer.wraps(new CiphertextBlob("bbbbbbbb-12ab-34cd-56ef-1234567890ab", 7, new byte[12],
                new byte[16])));
    }

    private static ExternalCiphertextBlob sample() {
        return new ExternalCiphertextBlob(KEY_ID, 7, filled(12, 1), filled(16, 2), filled(5, 3), filled(70, 4));
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable parse) {
        assertEquals(KmsError.InvalidCiphertextException, assertThrows(KmsException.class, parse).error());
    }
}
