package io.strongroom.domain.replication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the protocol's binary encoding: big-endian fixed-width integers, fixed-length byte
 * strings, and variable-length fields behind a length prefix. Every field has exactly one
 * encoding, so what is signed is unambiguous.
 */
public final class CanonicalWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    public CanonicalWriter u8(int value) {
        check(value, 0xFF);
        out.write(value);
        return this;
    }

    public CanonicalWriter u16(int value) {
        check(value, 0xFFFF);
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    public CanonicalWriter u32(long value) {
        check(value, 0xFFFF_FFFFL);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
        return this;
    }

    public CanonicalWriter i64(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
        return this;
    }

    /** Bytes whose length the format fixes (session id, fingerprints, IVs). */
    public CanonicalWriter fixed(byte[] bytes, int length) {
        if (bytes.length != length) {
            throw new IllegalArgumentException("Expected " + length + " bytes, found " + bytes.length);
        }
        out.writeBytes(bytes);
        return this;
    }

    public CanonicalWriter bytes16(byte[] bytes) {
        u16(bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    public CanonicalWriter bytes32(byte[] bytes) {
        u32(bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    /** A US-ASCII string of at most 255 characters behind a one-byte length (region names, key ids, enum names). */
    public CanonicalWriter ascii8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        u8(bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    public CanonicalWriter utf8(String text) {
        return bytes16(text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    private static void check(long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("Value " + value + " does not fit the field");
        }
    }
}
