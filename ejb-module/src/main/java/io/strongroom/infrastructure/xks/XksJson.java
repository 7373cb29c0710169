package io.strongroom.infrastructure.xks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The JSON of the XKS proxy API: request bodies, and the strict reading of answers (a member that
 * is missing or of the wrong type makes the whole answer malformed). Also the stored form of a
 * health report (custom_key_store.last_health_report), which is the proxy's answer as read.
 */
public final class XksJson {

    /**
     * Looked up once: {@link Json}'s static methods scan the class path for a provider on every
     * call, which costs more than the proxy call itself under load.
     */
    static final JsonProvider JSON = JsonProvider.provider();
    private static final Set<String> EKM_STATUSES = Set.of("ACTIVE", "DEGRADED", "UNAVAILABLE");
    private static final int MAX_EKMS = 10;

    private XksJson() {
    }

    /** requestMetadata with the members that are set, in the order the specification lists them. */
    static JsonObject requestMetadata(XksRequestMetadata metadata) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        addIfSet(json, "awsPrincipalArn", metadata.awsPrincipalArn());
        addIfSet(json, "kmsKeyArn", metadata.kmsKeyArn());
        addIfSet(json, "kmsOperation", metadata.kmsOperation());
        addIfSet(json, "kmsRequestId", metadata.kmsRequestId());
        return json.build();
    }

    /** The body of health and metadata calls: nothing but requestMetadata. */
    static JsonObject metadataOnly(XksRequestMetadata metadata) {
        return JSON.createObjectBuilder().add("requestMetadata", requestMetadata(metadata)).build();
    }

    static byte[] bytes(JsonObject body) {
        return body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The answer as a JSON object, or null when it is not one. */
    static JsonObject parseOrNull(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /** A GetHealthStatus answer, checked against the specification. */
    static XksHealthReport healthReport(JsonObject json) {
        JsonNumber fleetSize = json.get("xksProxyFleetSize") instanceof JsonNumber n && n.isIntegral() ? n : null;
        if (fleetSize == null || fleetSize.longValue() < 1 || fleetSize.longValue() > Integer.MAX_VALUE) {
            throw malformed("xksProxyFleetSize must be a positive integer");
        }
        JsonArray ekms = json.get("ekmFleetDetails") instanceof JsonArray a ? a : null;
        if (ekms == null || ekms.isEmpty() || ekms.size() > MAX_EKMS) {
            throw malformed("ekmFleetDetails must hold 1 to " + MAX_EKMS + " entries");
        }
        List<XksHealthReport.EkmStatus> statuses = new ArrayList<>(ekms.size());
        for (JsonValue entry : ekms) {
            if (!(entry instanceof JsonObject ekm)) {
                throw malformed("each ekmFleetDetails entry must be an object");
            }
            String status = string(ekm, "healthStatus");
            if (!EKM_STATUSES.contains(status)) {
                throw malformed("healthStatus must be ACTIVE, DEGRADED or UNAVAILABLE");
            }
            statuses.add(new XksHealthReport.EkmStatus(string(ekm, "id"), string(ekm, "model"), status));
        }
        return new XksHealthReport(fleetSize.intValue(), string(json, "xksProxyVendor"), string(json, "xksProxyModel"),
                string(json, "ekmVendor"), List.copyOf(statuses));
    }

    /** The stored form of a report: the same members as the proxy's answer. */
    public static String toJson(XksHealthReport report) {
        JsonArrayBuilder ekms = JSON.createArrayBuilder();
        for (XksHealthReport.EkmStatus ekm : report.ekmFleetDetails()) {
            ekms.add(JSON.createObjectBuilder().add("id", ekm.id()).add("model", ekm.model())
                    .add("healthStatus", ekm.healthStatus()));
        }
        return JSON.createObjectBuilder()
                .add("xksProxyFleetSize", report.xksProxyFleetSize())
                .add("xksProxyVendor", report.xksProxyVendor())
                .add("xksProxyModel", report.xksProxyModel())
                .add("ekmVendor", report.ekmVendor())
                .add("ekmFleetDetails", ekms)
                .build().toString();
    }

    /** Reads a stored report back; null for null. */
    public static XksHealthReport fromJson(String stored) {
        if (stored == null) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(stored))) {
            return healthReport(reader.readObject());
        }
    }

    static String string(JsonObject json, String member) {
        if (json.get(member) instanceof JsonString text) {
            return text.getString();
        }
        throw malformed(member + " must be a string");
    }

    /** A standard-base64 member; null when absent and not required. */
    static byte[] blob(JsonObject json, String member, boolean required) {
        JsonValue value = json.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw malformed(member + " is missing");
            }
            return null;
        }
        if (value instanceof JsonString text) {
            try {
                return Base64.getDecoder().decode(text.getString());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw malformed(member + " must be standard base64");
    }

    static List<String> strings(JsonObject json, String member, int maxItems) {
        if (!(json.get(member) instanceof JsonArray array) || array.size() > maxItems) {
            throw malformed(member + " must be a list of at most " + maxItems + " strings");
        }
        List<String> items = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw malformed(member + " must hold strings only");
            }
            items.add(text.getString());
        }
        return List.copyOf(items);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void addIfSet(JsonObjectBuilder json, String member, String value) {
        if (value != null) {
            json.add(member, value);
        }
    }

    /** Completed by the caller with where the answer came from. */
    static XksProxyException malformed(String problem) {
        return new XksProxyException(XksProxyFailure.MALFORMED_RESPONSE, problem);
    }
}
