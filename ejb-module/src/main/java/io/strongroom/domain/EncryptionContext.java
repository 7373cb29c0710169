package io.strongroom.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical byte form of an encryption context, used as AES-GCM additional data: entries
 * sorted by key, each key and value length-prefixed, so that two different maps never encode the
 * same bytes.
 */
public final class EncryptionContext {

    private EncryptionContext() {
    }

    public static byte[] canonical(Map<String, String> context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> sorted = new TreeMap<>(context == null ? Map.of() : context);
        writeInt(out, sorted.size());
        sorted.forEach((key, value) -> {
            writeString(out, key);
            writeString(out, value);
        });
        return out.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
