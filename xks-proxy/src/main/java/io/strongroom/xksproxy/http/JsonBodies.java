package io.strongroom.xksproxy.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Optional;

/**
 * Reading request bodies and writing replies. Replies are compact single-line JSON
 * ({@code "field":} with no spaces), which the conformance client's regular expressions expect.
 */
final class JsonBodies {

    private static final int MAX_ERROR_MESSAGE = 511;

    private JsonBodies() {
    }

    static Optional<JsonObject> parseObject(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    static Optional<String> string(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw XksException.validation(field + " must be a string");
        }
        return Optional.of(((JsonString) value).getString());
    }

    static String requiredString(JsonObject body, String field) {
        return string(body, field).orElseThrow(() -> XksException.validation(field + " is missing"));
    }

    /** A standard (not URL-safe) base64 field, decoded. */
    static Optional<byte[]> base64(JsonObject body, String field) {
        return string(body, field).map(text -> {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw XksException.validation(field + " is not valid base64");
            }
        });
    }

    /** Like {@link #base64} for observers: never throws, empty when absent or undecodable. */
    static Optional<byte[]> base64Quietly(JsonObject body, String field) {
        try {
            return base64(body, field);
        } catch (XksException e) {
            return Optional.empty();
        }
    }

    static byte[] requiredBase64(JsonObject body, String field) {
        return base64(body, field).orElseThrow(() -> XksException.validation(field + " is missing"));
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] write(JsonObject object) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toByteArray();
    }

    static byte[] error(XksErrorName name, String message) {
        return write(Json.createObjectBuilder()
                .add("errorName", name.name())
                .add("errorMessage", printable(message))
                .build());
    }

    /** Printable ASCII (0x20-0x7E) under 512 characters, as the specification allows errorMessage to be. */
    static String printable(String message) {
        StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_ERROR_MESSAGE));
        for (int i = 0; i < message.length() && out.length() < MAX_ERROR_MESSAGE; i++) {
            char c = message.charAt(i);
            out.append(c >= 0x20 && c <= 0x7E ? c : '?');
        }
        return out.toString();
    }
}
