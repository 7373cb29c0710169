package io.strongroom.domain.replication;

/**
 * One material version inside MATERIAL_RESPONSE: {@code u32 version | u16 length | public key
 * (DER, empty for symmetric and HMAC keys) | iv (12) | u32 length | AES-256-GCM ciphertext and
 * tag}, encrypted under the session's RWK with AAD = the message header followed by the u32 version.
 */
public record WrappedMaterial(int materialVersion, byte[] publicKey, byte[] iv, byte[] ciphertext) {

    public static final int IV_LENGTH = 12;
    static final int MAX_PUBLIC_KEY_LENGTH = 4096;
    static final int MAX_CIPHERTEXT_LENGTH = 16384;

    void write(CanonicalWriter out) {
        out.u32(materialVersion).bytes16(publicKey).fixed(iv, IV_LENGTH).bytes32(ciphertext);
    }

    static WrappedMaterial read(CanonicalReader in) {
        long version = in.u32();
        if (version < 1 || version > Integer.MAX_VALUE) {
            throw in.refused("material version out of range");
        }
        return new WrappedMaterial((int) version, in.bytes16(MAX_PUBLIC_KEY_LENGTH), in.fixed(IV_LENGTH),
                in.bytes32(MAX_CIPHERTEXT_LENGTH));
    }
}
