package io.strongroom.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The ciphertext of a key in an external key store, format 2: a format-1 {@link CiphertextBlob}
 * made with the key's own material (the inner blob), encrypted again by the external key
 * manager through the store's XKS proxy (double encryption).
 * <pre>
 * version(1)=0x02 | keyIdLength(1) | keyId | materialVersion(4)     header, the proxy's AAD
 * | ivLength(1) | iv(12 or 16) | tag(16)                            from the proxy's encrypt
 * | metadataLength(1) | ciphertextMetadata(0..20)                  from the proxy's encrypt
 * | external ciphertext (as long as the inner blob)
 * </pre>
 * The header names the key, so Decrypt finds it without a KeyId; sent to the proxy as additional
 * authenticated data, it binds the external layer to that key and material version. The inner
 * blob repeats both, and must agree once the external layer is removed.
 */
public record ExternalCiphertextBlob(String keyId, int materialVersion, byte[] iv, byte[] tag,
                                     byte[] ciphertextMetadata, byte[] externalCiphertext) implements SymmetricCiphertext {

    public static final byte FORMAT_VERSION = 2;
    public static final int TAG_LENGTH = 16;
    public static final int MAX_METADATA_LENGTH = 20;
    /** The longest IV an XKS proxy may return; 12 is the other allowed length. */
    public static final int MAX_IV_LENGTH = 16;
    /** header without the key id, IV and tag at their largest, metadata length byte and metadata. */
    public static final int MAX_OVERHEAD_WITHOUT_KEY_ID = 2 + 4 + 1 + MAX_IV_LENGTH + TAG_LENGTH + 1 + MAX_METADATA_LENGTH;

    public ExternalCiphertextBlob {
        ciphertextMetadata = ciphertextMetadata == null ? new byte[0] : ciphertextMetadata;
        if (iv == null || iv.length != 12 && iv.length != MAX_IV_LENGTH) {
            throw new IllegalArgumentException("The external IV must be 12 or 16 bytes");
        }
        if (tag == null || tag.length != TAG_LENGTH) {
            throw new IllegalArgumentException("The external authentication tag must be 16 bytes");
        }
        if (ciphertextMetadata.length > MAX_METADATA_LENGTH) {
            throw new IllegalArgumentException("The ciphertext metadata must be at most 20 bytes");
        }
        if (externalCiphertext == null || externalCiphertext.length == 0) {
            throw new IllegalArgumentException("The external ciphertext must not be empty");
        }
    }

    /** The AAD the proxy binds the external layer to: everything before the IV length. */
    public byte[] header() {
        return header(keyId, materialVersion);
    }

    public static byte[] header(String keyId, int materialVersion) {
        return CiphertextBlob.header(FORMAT_VERSION, keyId, materialVersion);
    }

    public byte[] toBytes() {
        byte[] header = header();
        return ByteBuffer.allocate(header.length + 1 + iv.length + tag.length + 1 + ciphertextMetadata.length
                        + externalCiphertext.length)
                .put(header)
                .put((byte) iv.length).put(iv)
                .put(tag)
                .put((byte) ciphertextMetadata.length).put(ciphertextMetadata)
                .put(externalCiphertext)
                .array();
    }

    /** Parses a format-2 blob; anything malformed is InvalidCiphertextException. */
    public static ExternalCiphertextBlob parse(byte[] blob) {
        try {
            ByteBuffer in = ByteBuffer.wrap(blob);
            if (in.get() != FORMAT_VERSION) {
                throw SymmetricCiphertext.invalid();
            }
            byte[] id = new byte[Byte.toUnsignedInt(in.get())];
            in.get(id);
            String keyId = new String(id, StandardCharsets.US_ASCII);
            if (!KeyReference.KEY_ID.matcher(keyId).matches()) {
                throw SymmetricCiphertext.invalid();
            }
            int materialVersion = in.getInt();
            byte[] iv = new byte[Byte.toUnsignedInt(in.get())];
            in.get(iv);
            byte[] tag = new byte[TAG_LENGTH];
            in.get(tag);
            byte[] metadata = new byte[Byte.toUnsignedInt(in.get())];
            in.get(metadata);
            byte[] external = new byte[in.remaining()];
            in.get(external);
            return new ExternalCiphertextBlob(keyId, materialVersion, iv, tag, metadata, external);
        } catch (RuntimeException malformed) {
            // Buffer underflows and the constructor's checks alike: not a blob this service made.
            throw SymmetricCiphertext.invalid();
        }
    }

    /**
     * Whether an inner blob found under the external layer belongs to this blob: the same key and
     * material version. Anything else was put together from pieces of different blobs.
     */
    public boolean wraps(CiphertextBlob inner) {
        return inner.keyId().equals(keyId) && inner.materialVersion() == materialVersion;
    }
}
