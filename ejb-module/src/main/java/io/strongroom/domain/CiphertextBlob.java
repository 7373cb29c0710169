package io.strongroom.domain;

import io.strongroom.client.KmsException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Strongroom's self-describing symmetric ciphertext, format 1:
 * {@code version(1)=0x01 | keyIdLength(1) | keyId | materialVersion(4) | iv(12) | ciphertext+tag}.
 * The header (everything before the IV) is part of the AES-GCM additional data, so a blob is bound
 * to its key id and material version and never decrypts under another key.
 */
public record CiphertextBlob(String keyId, int materialVersion, byte[] iv, byte[] sealed) implements SymmetricCiphertext {

    public static final byte FORMAT_VERSION = 1;
    public static final int IV_LENGTH = 12;
    public static final int TAG_LENGTH = 16;

    public byte[] header() {
        return header(keyId, materialVersion);
    }

    public static byte[] header(String keyId, int materialVersion) {
        return header(FORMAT_VERSION, keyId, materialVersion);
    }

    /** {@code formatVersion | keyIdLength | keyId | materialVersion}: how both formats begin. */
    static byte[] header(byte formatVersion, String keyId, int materialVersion) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length + 4)
                .put(formatVersion).put((byte) id.length).put(id).putInt(materialVersion).array();
    }

    public byte[] toBytes() {
        byte[] header = header();
        return ByteBuffer.allocate(header.length + iv.length + sealed.length).put(header).put(iv).put(sealed).array();
    }

    /** Parses a blob; anything that is not a well-formed Strongroom blob is InvalidCiphertextException. */
    public static CiphertextBlob parse(byte[] blob) {
        try {
            ByteBuffer in = ByteBuffer.wrap(blob);
            if (in.get() != FORMAT_VERSION) {
                throw invalid();
            }
            byte[] id = new byte[Byte.toUnsignedInt(in.get())];
            in.get(id);
            int materialVersion = in.getInt();
            byte[] iv = new byte[IV_LENGTH];
            in.get(iv);
            if (in.remaining() < TAG_LENGTH) {
                throw invalid();
            }
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            String keyId = new String(id, StandardCharsets.US_ASCII);
            if (!KeyReference.KEY_ID.matcher(keyId).matches()) {
                throw invalid();
            }
            return new CiphertextBlob(keyId, materialVersion, iv, sealed);
        } catch (RuntimeException malformed) {
            if (malformed instanceof KmsException kms) {
                throw kms;
            }
            throw invalid();
        }
    }

    private static KmsException invalid() {
        return SymmetricCiphertext.invalid();
    }
}
