package io.strongroom.interfaces.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the members of a request body, with the AWS JSON protocol's rules: unknown
 * members are ignored, an absent member and JSON null are the same, and a member of the wrong
 * shape is a ValidationException naming the member the way AWS does ({@code keyId},
 * {@code tags.1.member.tagKey}). Value constraints (lengths, ranges, enums) are the services'.
 */
public final class JsonInput {

    private final JsonObject object;
    private final String fieldPrefix;

    private JsonInput(JsonObject object, String fieldPrefix) {
        this.object = object;
        this.fieldPrefix = fieldPrefix;
    }

    public static JsonInput of(JsonObject object) {
        return new JsonInput(object, "");
    }

    /** Whether the member is present and not JSON null. */
    public boolean has(String member) {
        JsonValue value = object.get(member);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    public String requiredString(String member) {
        String value = optionalString(member);
        if (value == null) {
            throw InvalidRequestException.missing(field(member));
        }
        return value;
    }

    public String optionalString(String member) {
        if (!has(member)) {
            return null;
        }
        if (object.get(member) instanceof JsonString text) {
            return text.getString();
        }
        throw InvalidRequestException.invalid(field(member), "Member must be a string");
    }

    public Integer optionalInteger(String member) {
        if (!has(member)) {
            return null;
        }
        if (object.get(member) instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValueExact().intValueExact();
            } catch (ArithmeticException e) {
                throw InvalidRequestException.invalid(field(member), "Member must be a 32-bit integer");
            }
        }
        throw InvalidRequestException.invalid(field(member), "Member must be an integer");
    }

    /** A timestamp as the AWS JSON protocol sends it: epoch seconds, possibly with a fraction. */
    public java.time.Instant optionalTimestamp(String member) {
        if (!has(member)) {
            return null;
        }
        if (object.get(member) instanceof JsonNumber number) {
            java.math.BigDecimal seconds = number.bigDecimalValue();
            try {
                long whole = seconds.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
                int nanos = seconds.subtract(java.math.BigDecimal.valueOf(whole)).movePointRight(9).intValue();
                return java.time.Instant.ofEpochSecond(whole, nanos);
            } catch (ArithmeticException | java.time.DateTimeException e) {
                throw InvalidRequestException.invalid(field(member), "Member must be a timestamp in range");
            }
        }
        throw InvalidRequestException.invalid(field(member), "Member must be a timestamp (epoch seconds)");
    }

    public Boolean optionalBoolean(String member) {
        if (!has(member)) {
            return null;
        }
        JsonValue value = object.get(member);
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        throw InvalidRequestException.invalid(field(member), "Member must be a boolean");
    }

    /** A standard-base64 blob; the returned array belongs to the caller, who wipes it when secret. */
    public byte[] requiredBlob(String member) {
        if (!has(member)) {
            throw InvalidRequestException.missing(field(member));
        }
        try {
            if (object.get(member) instanceof JsonString text) {
                return Base64.getDecoder().decode(text.getString());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same message as a non-string value
        }
        throw InvalidRequestException.invalid(field(member), "Member must be a base64-encoded binary value");
    }

    /** A string-to-string map such as EncryptionContext; empty when absent. */
    public Map<String, String> stringMap(String member) {
        if (!has(member)) {
            return Map.of();
        }
        if (!(object.get(member) instanceof JsonObject map)) {
            throw InvalidRequestException.invalid(field(member), "Member must be a map of strings to strings");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : map.entrySet()) {
            if (!(entry.getValue() instanceof JsonString text)) {
                throw InvalidRequestException.invalid(field(member), "Map values must be strings");
            }
            result.put(entry.getKey(), text.getString());
        }
        return Map.copyOf(result);
    }

    /** A list of strings such as TagKeys; null when absent, so that a required list can be told apart. */
    public List<String> optionalStringList(String member) {
        if (!has(member)) {
            return null;
        }
        if (!(object.get(member) instanceof JsonArray array)) {
            throw InvalidRequestException.invalid(field(member), "Member must be a list");
        }
        List<String> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw InvalidRequestException.invalid(field(member) + "." + (i + 1) + ".member", "Member must be a string");
            }
            items.add(text.getString());
        }
        return List.copyOf(items);
    }

    /** A list of structures such as Tags, each readable with the AWS member path; empty when absent. */
    public List<JsonInput> objectList(String member) {
        if (!has(member)) {
            return List.of();
        }
        if (!(object.get(member) instanceof JsonArray array)) {
            throw InvalidRequestException.invalid(field(member), "Member must be a list");
        }
        List<JsonInput> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject item)) {
                throw InvalidRequestException.invalid(field(member) + "." + (i + 1) + ".member",
                        "Member must be a structure");
            }
            items.add(new JsonInput(item, field(member) + "." + (i + 1) + ".member."));
        }
        return items;
    }

    /** A structure such as XksProxyAuthenticationCredential, read with the AWS member path; null when absent. */
    public JsonInput optionalObject(String member) {
        if (!has(member)) {
            return null;
        }
        if (!(object.get(member) instanceof JsonObject item)) {
            throw InvalidRequestException.invalid(field(member), "Member must be a structure");
        }
        return new JsonInput(item, field(member) + ".");
    }

    /** Refuses a flag whose effect Strongroom does not implement, rather than ignoring it. */
    public void refuseWhenTrue(String member, String reason) {
        if (Boolean.TRUE.equals(optionalBoolean(member))) {
            throw InvalidRequestException.unsupported(member, reason);
        }
    }

    /** Refuses a member whose effect Strongroom does not implement, rather than ignoring it. */
    public void refuseWhenPresent(String member, String reason) {
        if (has(member)) {
            throw InvalidRequestException.unsupported(member, reason);
        }
    }

    /** AWS names members in messages with a lower-case first letter: KeyId becomes keyId. */
    private String field(String member) {
        return fieldPrefix + Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
}
