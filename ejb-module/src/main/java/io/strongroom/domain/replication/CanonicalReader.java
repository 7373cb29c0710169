package io.strongroom.domain.replication;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link CanonicalWriter} writes, strictly: a truncated field, a length beyond its
 * bound, a non-ASCII byte in an ASCII field, invalid UTF-8 or bytes left over are all refused
 * with the reader's error code, so that only the canonical encoding of a value is ever accepted.
 */
public final class CanonicalReader {

    private final ByteBuffer in;
    private final ReplicationError error;

    public CanonicalReader(byte[] bytes, ReplicationError error) {
        this.in = ByteBuffer.wrap(bytes);
        this.error = error;
    }

    public int position() {
        return in.position();
    }

    public int u8() {
        need(1);
        return Byte.toUnsignedInt(in.get());
    }

    public int u16() {
        need(2);
        return Short.toUnsignedInt(in.getShort());
    }

    public long u32() {
        need(4);
        return Integer.toUnsignedLong(in.getInt());
    }

    public long i64() {
        need(8);
        return in.getLong();
    }

    public byte[] fixed(int length) {
        need(length);
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    public byte[] bytes16(int maxLength) {
        return bounded(u16(), maxLength);
    }

    public byte[] bytes32(int maxLength) {
        long length = u32();
        if (length > maxLength) {
            throw refused("a field is longer than " + maxLength + " bytes");
        }
        return fixed((int) length);
    }

    public String ascii8() {
        byte[] bytes = fixed(u8());
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7E) {
                throw refused("an ASCII field holds a byte outside printable ASCII");
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    public String utf8(int maxLength) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes16(maxLength))).toString();
        } catch (CharacterCodingException e) {
            throw refused("a text field is not valid UTF-8");
        }
    }

    /** Refuses bytes after the last field. */
    public void end() {
        if (in.hasRemaining()) {
            throw refused(in.remaining() + " bytes follow the last field");
        }
    }

    public ReplicationRefusedException refused(String detail) {
        return new ReplicationRefusedException(error, detail);
    }

    private byte[] bounded(int length, int maxLength) {
        if (length > maxLength) {
            throw refused("a field is longer than " + maxLength + " bytes");
        }
        return fixed(length);
    }

    private void need(int length) {
        if (length < 0 || in.remaining() < length) {
            throw refused("the message ends inside a field");
        }
    }
}
