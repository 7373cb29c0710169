package io.strongroom.domain.replication;

/**
 * Payload of FINGERPRINT_REQUEST: {@code u16 length | RAK_B public key (DER) | u32 material
 * version}. Asks the source for a keyed fingerprint of that version's material.
 */
public record FingerprintRequest(byte[] agreementPublicKey, int materialVersion) {

    public byte[] encode() {
        return new CanonicalWriter().bytes16(agreementPublicKey).u32(materialVersion).toBytes();
    }

    public static FingerprintRequest decode(byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        byte[] agreementKey = in.bytes16(MaterialRequest.MAX_AGREEMENT_KEY_LENGTH);
        long version = in.u32();
        in.end();
        if (version < 1 || version > Integer.MAX_VALUE) {
            throw in.refused("material version out of range");
        }
        return new FingerprintRequest(agreementKey, (int) version);
    }
}
