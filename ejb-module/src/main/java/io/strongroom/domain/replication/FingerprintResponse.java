package io.strongroom.domain.replication;

/**
 * Payload of FINGERPRINT_RESPONSE: {@code u16 length | RAK_A public key (DER) | u32 material
 * version | fingerprint (32 bytes)}. The fingerprint is an HMAC-SHA-256 under a key only the two
 * session ends can derive, so it tells a relay nothing about the material.
 */
public record FingerprintResponse(byte[] agreementPublicKey, int materialVersion, byte[] fingerprint) {

    public static final int FINGERPRINT_LENGTH = 32;

    public byte[] encode() {
        return new CanonicalWriter().bytes16(agreementPublicKey).u32(materialVersion)
                .fixed(fingerprint, FINGERPRINT_LENGTH).toBytes();
    }

    public static FingerprintResponse decode(byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        byte[] agreementKey = in.bytes16(MaterialRequest.MAX_AGREEMENT_KEY_LENGTH);
        long version = in.u32();
        byte[] fingerprint = in.fixed(FINGERPRINT_LENGTH);
        in.end();
        if (version < 1 || version > Integer.MAX_VALUE) {
            throw in.refused("material version out of range");
        }
        return new FingerprintResponse(agreementKey, (int) version, fingerprint);
    }
}
