package io.strongroom.domain.replication;

import io.strongroom.domain.KeySpec;
import java.util.Arrays;

/**
 * Payload of REPLICATION_REQUEST: {@code u16 length | RAK_B public key (DER) | u8 length | key
 * spec the requester expects (empty: any)}. The source refuses a key of another spec.
 */
public record MaterialRequest(byte[] agreementPublicKey, KeySpec expectedKeySpec) {

    public static final int MAX_AGREEMENT_KEY_LENGTH = 512;

    public byte[] encode() {
        return new CanonicalWriter().bytes16(agreementPublicKey)
                .ascii8(expectedKeySpec == null ? "" : expectedKeySpec.name()).toBytes();
    }

    public static MaterialRequest decode(byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        byte[] agreementKey = in.bytes16(MAX_AGREEMENT_KEY_LENGTH);
        String spec = in.ascii8();
        in.end();
        return new MaterialRequest(agreementKey, spec.isEmpty() ? null : keySpec(in, spec));
    }

    static KeySpec keySpec(CanonicalReader in, String name) {
        return Arrays.stream(KeySpec.values()).filter(spec -> spec.name().equals(name)).findFirst()
                .orElseThrow(() -> in.refused("unknown key spec"));
    }
}
