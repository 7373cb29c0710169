package io.strongroom.domain.replication;

import java.util.Arrays;

/**
 * Payload of REFUSAL: {@code u8 length | error code (ASCII) | u16 length | detail (UTF-8, at most
 * 512 bytes)}. Sent, signed, when an authenticated request cannot be served, so that the
 * requester's session ends with the source's reason instead of a timeout.
 */
public record Refusal(ReplicationError reason, String detail) {

    public static final int MAX_DETAIL_LENGTH = 512;

    public static Refusal of(ReplicationRefusedException refused) {
        return new Refusal(refused.reason(), refused.detail());
    }

    public byte[] encode() {
        // At most 3 UTF-8 bytes per char, so 170 chars always fit the 512-byte bound.
        String bounded = detail.length() <= MAX_DETAIL_LENGTH / 3 ? detail : detail.substring(0, MAX_DETAIL_LENGTH / 3);
        return new CanonicalWriter().ascii8(reason.name()).utf8(bounded).toBytes();
    }

    public static Refusal decode(byte[] payload) {
        CanonicalReader in = new CanonicalReader(payload, ReplicationError.MALFORMED_PAYLOAD);
        String code = in.ascii8();
        String detail = in.utf8(MAX_DETAIL_LENGTH);
        in.end();
        ReplicationError reason = Arrays.stream(ReplicationError.values()).filter(error -> error.name().equals(code))
                .findFirst().orElseThrow(() -> in.refused("unknown refusal code"));
        return new Refusal(reason, detail);
    }
}
